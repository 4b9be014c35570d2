package workshop.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts slash commands to {@code POST /slack} the way Slack does: form body, signed headers. */
final class SignedSlackPoster {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String url;
    private final SlackSignature signer;
    private final Clock clock;

    SignedSlackPoster(String baseUrl, String signingSecret, Clock clock) {
        this.url = baseUrl + "/slack";
        this.signer = new SlackSignature(signingSecret, clock);
        this.clock = clock;
    }

    static String slashCommandBody(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "unused");
        fields.put("team_id", "T0001");
        fields.put("channel_name", "general");
        fields.put("user_name", "ada");
        fields.put("command", "/count");
        fields.put("text", text);
        fields.put("response_url", "https://hooks.slack.com/commands/T0001/1/x");
        return form(fields);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> slashCommand(String text) throws Exception {
        String body = slashCommandBody(text);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return post(body, timestamp, signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
