package workshop.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./workshop scrape}: calls the running app's {@code GET /scrap_movies}, prints the scraper's
 * answer, waits until the processor has consumed the stream, and shows how many items the movie
 * tables hold.
 */
@Command(name = "scrape", description = "Run the movies pipeline of the running app: GET /scrap_movies, then wait for the stream to be consumed.")
final class ScrapeCommand implements Callable<Integer> {

    /** The scraper's own limit (its function timeout) is below this. */
    static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(60);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(120);

    @Spec
    private CommandSpec spec;

    @Option(names = "--no-wait", description = "Do not wait for the processor; print the scraper's answer only.")
    private boolean noWait;

    @Option(names = "--url", description = "The app's API URL (default: the one './workshop up' started).")
    private String url;

    @Option(names = "--admin", hidden = true, description = "Admin URL of the local cloud (default: the one './workshop up' started).")
    private String adminUrl;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunningCloud cloud;
        String apiUrl;
        try {
            cloud = RunningCloud.find(adminUrl);
            apiUrl = url != null ? url : RunningCloud.address().httpUrl();
        } catch (RunningCloud.NoCloudException e) {
            err.println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        }
        HttpResponse<String> response = scrape(apiUrl);
        out.println("GET /scrap_movies → " + response.statusCode());
        printAnswer(response.body(), out);
        out.flush();
        if (response.statusCode() != 200) {
            err.println("the scraper did not succeed: see its log with ./workshop logs scrapeMovies");
            return ExitCodes.FAILURE;
        }
        if (noWait) {
            return ExitCodes.OK;
        }
        boolean idle = cloud.post("/idle", Map.of("timeoutSeconds", String.valueOf(IDLE_TIMEOUT.toSeconds())),
                IDLE_TIMEOUT.plusSeconds(10)).getAsJsonObject().get("idle").getAsBoolean();
        if (!idle) {
            err.println("the stream was not consumed within " + IDLE_TIMEOUT.toSeconds()
                    + " s; see ./workshop logs processMovies");
            return ExitCodes.FAILURE;
        }
        out.println("Stream consumed. Tables:");
        for (JsonElement table : cloud.get("/resources", Map.of()).getAsJsonObject().getAsJsonArray("tables")) {
            String name = table.getAsString();
            if (name.startsWith("movie-")) {
                long count = cloud.get("/tables/" + name + "/count", Map.of()).getAsJsonObject().get("count").getAsLong();
                out.printf("  %-28s %d items%n", name, count);
            }
        }
        out.println("Look at them with ./workshop table movie-<suffix>, or GET /movies?year=1994 on the API.");
        out.flush();
        return ExitCodes.OK;
    }

    private static HttpResponse<String> scrape(String apiUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/scrap_movies")).timeout(SCRAPE_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The scraper's JSON answer as "name: value" lines; any other body as it is. */
    private static void printAnswer(String body, PrintWriter out) {
        try {
            JsonElement answer = JsonParser.parseString(body);
            if (answer.isJsonObject()) {
                JsonObject fields = answer.getAsJsonObject();
                fields.entrySet().forEach(field -> out.printf("  %-12s %s%n", field.getKey() + ":",
                        field.getValue().isJsonPrimitive() ? field.getValue().getAsString() : field.getValue()));
                return;
            }
        } catch (JsonSyntaxException notJson) {
            // printed as it is below
        }
        out.println("  " + body);
    }
}
