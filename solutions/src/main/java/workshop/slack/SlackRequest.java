package workshop.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
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

    /** The body's bytes as Slack sent them, undoing API Gateway's base64 encoding when it applied one. */
    public static byte[] rawBody(String body, boolean base64Encoded) {
        if (body == null) {
            return new byte[0];
        }
        return base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a form body: {@code a=1&b=x+y} → {a: "1", b: "x y"}; a repeated field keeps its first value. */
    public static SlackRequest parse(byte[] rawBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        String form = new String(rawBody, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return new SlackRequest(fields);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A field's value, empty when Slack did not send it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The message: for a slash command the text after the command, for a webhook the whole message. */
    public String text() {
        return fields.getOrDefault("text", "");
    }

    /** True for a slash command, false for an outgoing webhook. */
    public boolean isSlashCommand() {
        return fields.containsKey("command");
    }

    /** The webhook's trigger word, which starts its text and is not part of the message. */
    public Optional<String> triggerWord() {
        return field("trigger_word").filter(word -> !word.isBlank());
    }

    public String userName() {
        return fields.getOrDefault("user_name", "someone");
    }
}
