package workshop.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event a function is invoked with by the smoke test and the benchmark, in
 * {@code src/main/resources/workshop/bench/fixtures/<function>.json}:
 *
 * <pre>{
 *   "description": "what the invocation does",
 *   "environment": {"SCRAP_URL": "{{stub}}/movies"},     (optional: set on top of serverless.yml's)
 *   "event": { ... the event, as Lambda would send it ... },
 *   "expect": {"statusCode": 200},                        (the response has these members; or a whole value, e.g. null)
 *   "expectCalls": ["DynamoDB.GetItem"]                   (optional: the stub's calls during the invocation, exactly, in order)
 * }</pre>
 *
 * <p>Placeholders: {@code {{stub}}} is the stub's base URL, {@code {{now}}} the current Unix time in
 * seconds, and a header {@code {{slackSignature}}} becomes the {@code X-Slack-Signature} of the event's
 * body and {@code X-Slack-Request-Timestamp}, with the function's {@code SLACK_SIGNING_SECRET}
 * (Slack refuses requests older than five minutes, so a signature cannot be written in a file).
 */
public final class Fixture {

    private static final String SIGNATURE_PLACEHOLDER = "{{slackSignature}}";

    private final String name;
    private final String template;

    private Fixture(String name, String template) {
        this.name = name;
        this.template = template;
    }

    /** The fixture of the function with this serverless.yml name, if there is one. */
    public static Optional<Fixture> of(String function) {
        String resource = "/workshop/bench/fixtures/" + function + ".json";
        try (InputStream file = Fixture.class.getResourceAsStream(resource)) {
            if (file == null) {
                return Optional.empty();
            }
            return Optional.of(new Fixture(function, new String(file.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String name() {
        return name;
    }

    /** The invocation for one run: placeholders filled in, the environment merged, the signature computed. */
    public Invocation prepare(URI stub, Map<String, String> functionEnvironment, Instant now) {
        String text = template.replace("{{stub}}", stub.toString())
                .replace("{{now}}", Long.toString(now.getEpochSecond()));
        JsonObject fixture = JsonParser.parseString(text).getAsJsonObject();

        Map<String, String> environment = new LinkedHashMap<>(functionEnvironment);
        if (fixture.has("environment")) {
            fixture.getAsJsonObject("environment").entrySet()
                    .forEach(variable -> environment.put(variable.getKey(), variable.getValue().getAsString()));
        }
        JsonObject event = fixture.getAsJsonObject("event");
        signSlackRequest(event, environment);
        if (!fixture.has("expect")) {
            throw new IllegalStateException("fixture " + name + " has no \"expect\" (write null for no response)");
        }
        JsonElement expected = fixture.get("expect");
        return new Invocation(event.toString(), environment, expected, expectedCalls(fixture));
    }

    /** The calls the invocation must make ({@code "expectCalls"}); null when the fixture does not say. */
    private List<String> expectedCalls(JsonObject fixture) {
        if (!fixture.has("expectCalls")) {
            return null;
        }
        List<String> calls = new ArrayList<>();
        fixture.getAsJsonArray("expectCalls").forEach(call -> calls.add(call.getAsString()));
        return calls;
    }

    private void signSlackRequest(JsonObject event, Map<String, String> environment) {
        JsonObject headers = event.getAsJsonObject("headers");
        if (headers == null) {
            return;
        }
        for (String header : headers.keySet()) {
            if (SIGNATURE_PLACEHOLDER.equals(headers.get(header).getAsString())) {
                String secret = environment.get("SLACK_SIGNING_SECRET");
                if (secret == null) {
                    throw new IllegalStateException("fixture " + name + " asks for a Slack signature, but the"
                            + " function has no SLACK_SIGNING_SECRET");
                }
                String timestamp = headers.get("x-slack-request-timestamp").getAsString();
                headers.addProperty(header, SlackSignature.of(secret, timestamp, rawBody(event)));
            }
        }
    }

    /** The body as Slack sent it: an HTTP API passes a form body to Lambda base64-encoded. */
    private static String rawBody(JsonObject event) {
        String body = event.get("body").getAsString();
        boolean base64 = event.has("isBase64Encoded") && event.get("isBase64Encoded").getAsBoolean();
        return base64 ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
