package workshop.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the counter publishes to the words topic for the subscribers: a message id, the text and its
 * words with their occurrences, as JSON:
 * {@code {"messageId":"3f2a...","text":"hello hello world","words":{"hello":2,"world":1}}}.
 *
 * <p>The message id is chosen by the counter, once per Slack request, and is what subscribers use to
 * recognise a message they have already processed. SNS's own MessageId would catch SNS redeliveries
 * too, but not a publish that the SDK retried after a lost response: SNS then has two messages with
 * two ids for one Slack request. An id chosen by the producer covers both.
 */
public record WordsMessage(String messageId, String text, Map<String, Integer> words) {

    private static final Gson GSON = new Gson();

    public WordsMessage {
        words = words == null ? null : new LinkedHashMap<>(words); // null: rejected by fromJson
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /**
     * Reads a published message.
     *
     * @throws IllegalArgumentException when it is not a words message (then retrying will not help)
     */
    public static WordsMessage fromJson(String json) {
        try {
            WordsMessage message = GSON.fromJson(json, WordsMessage.class);
            if (message == null || message.messageId() == null || message.words() == null) {
                throw new IllegalArgumentException("not a words message (needs messageId and words): " + json);
            }
            return message;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a words message: " + e.getMessage(), e);
        }
    }

    public Words asWords() {
        return Words.fromOccurrences(words);
    }
}
