package workshop.cli;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A client of the crawl API of the running app (the {@code crawlApi} function): {@code POST /crawl},
 * {@code GET /crawl/stats}, {@code POST /crawl/{runId}/stop}. It sends and reads JSON and leaves the
 * validation of the values to the API, which knows the limits: the CLI prints the API's {@code error}.
 */
final class CrawlApiClient {

    private static final Gson JSON = new Gson();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String apiUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CrawlApiClient(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** What the API answered: the status and the JSON object of the body (empty when it sent none). */
    record Reply(String request, int status, JsonObject body) {

        boolean succeeded() {
            return status / 100 == 2;
        }

        /** The API's {@code error}, else the body as it came, for the line the CLI prints. */
        String error() {
            JsonElement error = body.get("error");
            return error != null && error.isJsonPrimitive() ? error.getAsString() : body.toString();
        }
    }

    /** What {@code POST /crawl} starts: only the values given, the API's defaults for the others. */
    record CrawlRequest(String url, Integer maxDepth, Long budget, List<String> allowedHosts) {

        String toJson() {
            JsonObject body = new JsonObject();
            body.addProperty("url", url);
            if (maxDepth != null) {
                body.addProperty("maxDepth", maxDepth);
            }
            if (budget != null) {
                body.addProperty("budget", budget);
            }
            if (allowedHosts != null && !allowedHosts.isEmpty()) {
                body.add("allowedHosts", JSON.toJsonTree(allowedHosts));
            }
            return body.toString();
        }
    }

    Reply start(CrawlRequest crawl) throws IOException, InterruptedException {
        return send("POST /crawl", "/crawl", HttpRequest.BodyPublishers.ofString(crawl.toJson()));
    }

    /** The counters of a run; of the run started last when {@code runId} is empty. */
    Reply stats(Optional<String> runId) throws IOException, InterruptedException {
        String path = "/crawl/stats" + runId.map(id -> "?run=" + encode(id)).orElse("");
        return send("GET " + path, path, null);
    }

    /** The kill switch: the run's further messages are acknowledged and dropped. */
    Reply stop(String runId) throws IOException, InterruptedException {
        String path = "/crawl/" + encode(runId) + "/stop";
        return send("POST " + path, path, HttpRequest.BodyPublishers.noBody());
    }

    /** A GET without a body, else a POST of {@code body}. */
    private Reply send(String request, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(REQUEST_TIMEOUT);
        if (body == null) {
            builder.GET();
        } else {
            // Declared JSON: API Gateway hands a body without a text Content-Type to the function
            // base64-encoded, as it would a binary one.
            builder.header("Content-Type", "application/json").POST(body);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(request, response.statusCode(), objectOf(response.body()));
    }

    /** The body as a JSON object; anything else (an HTML error page...) as {@code {"error": body}}. */
    private static JsonObject objectOf(String body) {
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonSyntaxException notJson) {
            // reported as it is below
        }
        JsonObject wrapped = new JsonObject();
        if (!body.isBlank()) {
            wrapped.addProperty("error", body.strip());
        }
        return wrapped;
    }

    /** For a query value or a path segment: form encoding, with a space as %20 (a '+' is literal in a path). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
