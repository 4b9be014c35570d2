package workshop.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Slack: sends a slash command to the app's {@code POST /slack}, signed the way Slack signs
 * its requests ({@code X-Slack-Signature: v0=HMAC-SHA256("v0:" + timestamp + ":" + body)} with the
 * app's signing secret), so the function's signature check passes as it would for Slack itself.
 */
final class SlackClient {

    /** The secret the function stack uses offline unless SLACK_SIGNING_SECRET says otherwise. */
    static final String LOCAL_SIGNING_SECRET = "local-signing-secret";

    private final String apiUrl;
    private final String signingSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SlackClient(String apiUrl, String signingSecret, Clock clock) {
        this.apiUrl = apiUrl;
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /** The secret to sign with: {@code SLACK_SIGNING_SECRET} when set, else the local default. */
    static String signingSecretFromEnvironment() {
        String secret = System.getenv("SLACK_SIGNING_SECRET");
        return secret == null || secret.isBlank() ? LOCAL_SIGNING_SECRET : secret;
    }

    /** Slack's answer: the HTTP status and the {@code text} shown in the channel. */
    record Reply(int status, String text, String body) {
    }

    /** Sends {@code /count <text>} as user {@code userName}. */
    Reply slashCommand(String text, String userName) throws IOException, InterruptedException {
        String body = "command=" + encode("/count") + "&text=" + encode(text) + "&user_name=" + encode(userName)
                + "&channel_name=workshop&team_domain=local";
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/slack"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature(signingSecret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), textOf(response.body()), response.body());
    }

    /** Slack's request signature of {@code body} sent at {@code timestamp}. */
    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String textOf(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject() && json.getAsJsonObject().has("text")) {
                return json.getAsJsonObject().get("text").getAsString();
            }
        } catch (RuntimeException notJson) {
            // Fall through: show the body as it came.
        }
        return body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
