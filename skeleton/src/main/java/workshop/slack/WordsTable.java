package workshop.slack;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of the words table ({@code words-<suffix>}, key {@code word}), shared by every function.
 *
 * <p>One table holds three kinds of item, told apart by their key:
 * <ul>
 *   <li>a word's counter: {@code word} = the word, {@code count} = a number;</li>
 *   <li>a processed-message marker: {@code word} = {@code #message#<id>}, with {@code expiresAt} (a
 *       TTL attribute: DynamoDB deletes the marker a day later). Keeping markers in the same table
 *       lets one transaction write the marker and the counts together;</li>
 *   <li>the leaderboard: {@code word} = {@code #leaderboard}, the top words and their counts.</li>
 * </ul>
 * A word never starts with {@code #} (see {@link Words}), so the three kinds cannot collide.
 */
public final class WordsTable {

    public static final String KEY = "word";
    public static final String COUNT = "count";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String MARKER_PREFIX = "#message#";
    public static final String LEADERBOARD_KEY = "#leaderboard";

    private WordsTable() {
    }

    public static Map<String, AttributeValue> keyOf(String word) {
        return Map.of(KEY, AttributeValue.fromS(word));
    }

    public static String markerKey(String messageId) {
        return MARKER_PREFIX + messageId;
    }

    /** True for a word's counter, false for markers and the leaderboard. */
    public static boolean isWordKey(String key) {
        return key != null && !key.startsWith("#");
    }
}
