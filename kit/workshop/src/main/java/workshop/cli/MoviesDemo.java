package workshop.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import workshop.localcloud.LocalCloud;

/**
 * The movies part of {@code ./workshop demo}: {@code GET /scrap_movies} on the sample site, the stream
 * consumed by the processor, then the query API, each step with what it did and how long it took.
 */
final class MoviesDemo {

    /** What the demo saw; {@link #asExpected} when every movie read was stored and nothing went wrong. */
    record Outcome(int pages, int moviesRead, long stored, long errors, boolean asExpected) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalCloud cloud;
    private final PrintWriter out;

    MoviesDemo(LocalCloud cloud, PrintWriter out) {
        this.cloud = cloud;
        this.out = out;
    }

    Outcome run(String siteUrl, Duration settleTimeout) throws IOException, InterruptedException {
        out.println();
        out.println("▶ Movies pipeline: GET /scrap_movies reads " + siteUrl);
        out.flush();
        Instant begin = Instant.now();
        HttpResponse<String> response = get("/scrap_movies");
        if (response.statusCode() != 200) {
            out.println("  the scraper answered " + response.statusCode() + ": " + response.body());
            return new Outcome(0, 0, 0, 0, false);
        }
        JsonObject scraped = JsonParser.parseString(response.body()).getAsJsonObject();
        int pages = scraped.get("pages").getAsInt();
        int moviesRead = scraped.get("moviesRead").getAsInt();
        out.printf("  scraper:   %d pages, %d movies read, %d put on the stream in %d PutRecords call(s), %d failed (%s)%n",
                pages, moviesRead, scraped.get("put").getAsInt(), scraped.get("putRecordsCalls").getAsInt(),
                scraped.get("failed").getAsInt(), since(begin));
        out.flush();

        if (!cloud.awaitIdle(settleTimeout)) {
            out.println("  the processor did not consume the stream within " + settleTimeout.toSeconds() + " s");
            return new Outcome(pages, moviesRead, 0, 0, false);
        }
        String movieTable = AppTables.physicalName(cloud, "MovieTable");
        String errorTable = AppTables.physicalName(cloud, "MovieErrorsTable");
        long stored = cloud.services().localDynamoDb().tables().count(movieTable);
        long errors = cloud.services().localDynamoDb().tables().count(errorTable);
        out.printf("  processor: %d movies stored in %s, %d entries in %s (%s since the scrape began)%n",
                stored, movieTable, errors, errorTable, since(begin));

        showTheQueryApi();
        out.flush();
        return new Outcome(pages, moviesRead, stored, errors, stored == moviesRead && errors == 0);
    }

    /** One movie by id, then the movies of its year: what GET /movies/{id} and GET /movies?year= answer. */
    private void showTheQueryApi() throws IOException, InterruptedException {
        String id = aMovieWithAYear();
        if (id == null) {
            return;
        }
        HttpResponse<String> one = get("/movies/" + id);
        JsonObject movie = JsonParser.parseString(one.body()).getAsJsonObject();
        out.printf("  query API: GET /movies/%s → %d \"%s\" (%s)%n", id, one.statusCode(),
                movie.get("primaryTitle").getAsString(), movie.get("startYear").getAsString());
        int year = movie.get("startYear").getAsInt();
        HttpResponse<String> ofYear = get("/movies?year=" + year + "&limit=100");
        int count = JsonParser.parseString(ofYear.body()).getAsJsonObject().getAsJsonArray("movies").size();
        out.printf("             GET /movies?year=%d → %d movies (one page of up to 100, through the byStartYear index)%n",
                year, count);
    }

    /** The id of a stored movie whose year is known (some are {@code \N} on the site), or null. */
    private String aMovieWithAYear() {
        for (Map<String, Object> item : cloud.services().localDynamoDb().tables().items(AppTables.physicalName(cloud, "MovieTable"), 50)) {
            if (item.get("startYear") != null) {
                return (String) item.get("id");
            }
        }
        return null;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String since(Instant begin) {
        return String.format("%.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }
}
