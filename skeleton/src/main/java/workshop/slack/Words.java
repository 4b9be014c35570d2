package workshop.slack;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a message and how often each occurs, in order of first appearance.
 *
 * <p>The rule, applied by {@link #of}:
 * <ol>
 *   <li>An outgoing webhook's text starts with its trigger word: that word is the command, not the
 *       message, so it is removed first (case-insensitively, only at the start, and only as a whole
 *       word: "count" triggers on "count these", not on "countless").</li>
 *   <li>The text is normalised (Unicode NFC, so "é" typed as e + accent equals "é"; typographic
 *       apostrophes ’ become ') and lower-cased with {@link Locale#ROOT}, so the result does not
 *       depend on the server's language (in a Turkish locale "TITLE" would become "tıtle").</li>
 *   <li>A word is a run of Unicode letters and digits ({@code \p{L}}, {@code \p{N}}, with their
 *       combining marks {@code \p{M}}); an apostrophe between two such characters stays inside the
 *       word ("don't", "l'été"). Everything else — spaces, punctuation, emoji, Slack's
 *       {@code <@U123>} markup brackets — separates words.</li>
 *   <li>Occurrences of the same word are summed: "ho ho ho" is {ho: 3}.</li>
 * </ol>
 *
 * <p>Bounds keep one message to one DynamoDB transaction (at most 100 items) and keep keys sane;
 * a message beyond them is refused as a whole ({@link RejectedMessageException}), nothing is counted.
 */
public final class Words {

    /** Longer texts are refused before they are split (Slack's own messages can be 40,000 characters). */
    public static final int MAX_TEXT_LENGTH = 4000;
    /** A longer "word" is almost certainly a pasted token or URL fragment, not a word. */
    public static final int MAX_WORD_LENGTH = 64;
    /** One counter update per distinct word must fit in one transaction, with room to spare. */
    public static final int MAX_DISTINCT_WORDS = 50;

    private final Map<String, Integer> occurrences;

    private Words(Map<String, Integer> occurrences) {
        this.occurrences = Collections.unmodifiableMap(occurrences);
    }

    /** The words of a slash command's text. */
    public static Words of(String text) {
        throw new UnsupportedOperationException("Exercise 10: split a text into words - see exercises/10-count-words/README.md");
    }

    /**
     * The words of {@code text} (null is no text), without the leading {@code triggerWord} if given.
     *
     * @throws RejectedMessageException when the text is beyond the bounds; its message is for the user
     */
    public static Words of(String text, Optional<String> triggerWord) {
        throw new UnsupportedOperationException("Exercise 10: split a text into words - see exercises/10-count-words/README.md");
    }

    /** Rebuilds words already counted elsewhere (e.g. read from an SNS message), keeping their order. */
    public static Words fromOccurrences(Map<String, Integer> occurrences) {
        throw new UnsupportedOperationException("Exercise 10: words from their counts - see exercises/10-count-words/README.md");
    }

    /** Each distinct word with its number of occurrences, in order of first appearance. */
    public Map<String, Integer> occurrences() {
        return occurrences;
    }

    public boolean isEmpty() {
        return occurrences.isEmpty();
    }

    public int distinctCount() {
        return occurrences.size();
    }

    @Override
    public String toString() {
        return occurrences.toString();
    }

    /** A message the bounds refuse; {@link #getMessage()} tells the user why, in their words. */
    public static final class RejectedMessageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public RejectedMessageException(String userMessage) {
            super(userMessage);
        }
    }
}
