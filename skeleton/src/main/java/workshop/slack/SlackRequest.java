package workshop.slack;

import java.util.Map;
import java.util.Optional;

/**
 * What Slack posts to us, parsed from its {@code application/x-www-form-urlencoded} body.
 *
 * <p>Two kinds of Slack integration call the same endpoint:
 * <ul>
 *   <li>a <b>slash command</b> ({@code /count hello world}): fields {@code command}, {@code text}
 *       (without the command), {@code user_name}, {@code channel_name}, {@code response_url}...;</li>
 *   <li>an <b>outgoing webhook</b> (a message starting with a trigger word, {@code count hello world}):
 *       fields {@code trigger_word} and {@code text} (the whole message, trigger word included).</li>
 * </ul>
 *
 * <p>An HTTP API hands form bodies to Lambda base64 encoded ({@code isBase64Encoded: true}):
 * {@link #rawBody} undoes that, and the signature is checked on those bytes before anything is parsed.
 */
public record SlackRequest(Map<String, String> fields) {

    public SlackRequest {
        fields = Map.copyOf(fields);
    }

    /**
     * The body's bytes as Slack sent them, undoing API Gateway's base64 encoding when it applied one;
     * no bytes for no body.
     */
    public static byte[] rawBody(String body, boolean base64Encoded) {
        throw new UnsupportedOperationException(
                "Exercise 09: the raw body bytes - see exercises/09-verify-slack/README.md");
    }

    /**
     * Parses a form body (UTF-8): {@code a=1&b=x+y} → {a: "1", b: "x y"}; a field without {@code =} has
     * the value ""; a repeated field keeps its first value.
     */
    public static SlackRequest parse(byte[] rawBody) {
        throw new UnsupportedOperationException(
                "Exercise 09: parse the form body - see exercises/09-verify-slack/README.md");
    }

    /** A field's value, empty when Slack did not send it. */
    public Optional<String> field(String name) {
        throw new UnsupportedOperationException("Exercise 09: a field - see exercises/09-verify-slack/README.md");
    }

    /** The message ("" when absent): for a slash command the text after the command, for a webhook the whole message. */
    public String text() {
        throw new UnsupportedOperationException("Exercise 09: the text - see exercises/09-verify-slack/README.md");
    }

    /** True for a slash command, false for an outgoing webhook. */
    public boolean isSlashCommand() {
        throw new UnsupportedOperationException(
                "Exercise 09: slash command or webhook? - see exercises/09-verify-slack/README.md");
    }

    /** The webhook's trigger word, which starts its text and is not part of the message; empty when none or blank. */
    public Optional<String> triggerWord() {
        throw new UnsupportedOperationException("Exercise 09: the trigger word - see exercises/09-verify-slack/README.md");
    }

    /** Who sent it; {@code someone} when Slack did not say. */
    public String userName() {
        throw new UnsupportedOperationException("Exercise 09: the user name - see exercises/09-verify-slack/README.md");
    }
}
