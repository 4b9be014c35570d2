package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.Gson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * {@code GET /scrap_movies}: reads the movie listing at {@code SCRAP_URL}, page after page, puts one
 * record per movie on the Kinesis stream {@code STREAM_NAME} (the processor stores them), and writes
 * everything that went wrong to the error table {@code ERROR_TABLE}. {@code MAX_PAGES} (optional,
 * default {@value MovieScraper#DEFAULT_MAX_PAGES}) bounds the walk.
 *
 * <p>The URL comes only from the configuration, never from the request: an endpoint that fetched any
 * URL it was given would let anyone on the internet make requests from inside the AWS account.
 *
 * <p>Answers 200 with a summary, e.g.
 * <pre>{"url":"https://…/movies","pages":3,"moviesRead":120,"put":119,"failed":1,"errors":2,
 *  "errorTable":"movie-errors-x","stoppedBecause":"last page","putRecordsCalls":2}</pre>
 * <ul>
 *   <li>{@code pages}: pages whose listing was read; {@code moviesRead}: the movies on them</li>
 *   <li>{@code put}: movies accepted by Kinesis; {@code failed}: movies not on the stream after the
 *       retries (each one is also in the error table, with its JSON)</li>
 *   <li>{@code errors}: entries written to the error table {@code errorTable}: pages that could not be
 *       read, rows that were not movies, and the movies counted in {@code failed}</li>
 *   <li>{@code stoppedBecause}: why the walk ended; {@code putRecordsCalls}: Kinesis calls made</li>
 * </ul>
 * Answers 502 with {@code {"url":…,"error":…,"errors":1,"errorTable":…}} when not even the first page
 * could be read (the page's error is in the error table too).
 */
public class ScrapeMoviesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Gson GSON = new Gson();

    private final String startUrl;
    private final MovieScraper scraper;
    private final MovieStreamPublisher publisher;
    private final ErrorTable errorTable;
    private final Clock clock;
    private final Consumer<String> log;

    /** Used by Lambda: configuration from the function's environment, clients from {@link AwsClients}. */
    public ScrapeMoviesHandler() {
        this(Env.required("SCRAP_URL"),
                new MovieScraper(new PageFetcher(), new MovieListingParser(), maxPages(Env.optional("MAX_PAGES")),
                        Clock.systemUTC(), System.out::println),
                new MovieStreamPublisher(AwsClients.kinesis(), Env.required("STREAM_NAME")),
                new ErrorTable(AwsClients.dynamoDb(), Env.required("ERROR_TABLE")),
                Clock.systemUTC(), System.out::println);
    }

    /** @param log where the summary line goes (the function's log: standard output on Lambda) */
    public ScrapeMoviesHandler(String startUrl, MovieScraper scraper, MovieStreamPublisher publisher,
                               ErrorTable errorTable, Clock clock, Consumer<String> log) {
        this.startUrl = startUrl;
        this.scraper = scraper;
        this.publisher = publisher;
        this.errorTable = errorTable;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScrapeResult scraped = scraper.scrape(startUrl);
        if (scraped.nothingRead()) {
            scraped.errors().forEach(errorTable::record);
            String reason = scraped.errors().isEmpty() ? scraped.stoppedBecause() : scraped.errors().get(0).reason();
            log.accept("scrape of " + startUrl + " failed: the first page could not be read: " + reason);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("url", startUrl);
            body.put("error", "could not read the first page: " + reason);
            body.put("errors", scraped.errors().size());
            body.put("errorTable", errorTable.tableName());
            return json(502, body);
        }

        PublishResult published = publisher.publish(scraped.movies());
        List<ErrorEntry> errors = new ArrayList<>(scraped.errors());
        Instant now = clock.instant();
        for (UnpublishedMovie movie : published.unpublished()) {
            errors.add(ErrorEntry.forUnpublished(movie.movie(), movie.errorCode(),
                    "not put on the stream: " + movie.errorCode()
                            + (movie.errorMessage() == null ? "" : " (" + movie.errorMessage() + ")"), now));
        }
        errors.forEach(errorTable::record);

        log.accept("scraped " + startUrl + ": " + scraped.pagesRead() + " pages, " + scraped.movies().size()
                + " movies read, " + published.published() + " put on the stream in " + published.requests()
                + " PutRecords calls, " + published.unpublished().size() + " not put, " + errors.size()
                + " errors recorded in " + errorTable.tableName() + "; stopped: " + scraped.stoppedBecause());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", startUrl);
        body.put("pages", scraped.pagesRead());
        body.put("moviesRead", scraped.movies().size());
        body.put("put", published.published());
        body.put("failed", published.unpublished().size());
        body.put("errors", errors.size());
        body.put("errorTable", errorTable.tableName());
        body.put("stoppedBecause", scraped.stoppedBecause());
        body.put("putRecordsCalls", published.requests());
        return json(200, body);
    }

    /** {@code MAX_PAGES} when set: a whole number of at least 1, anything else stops the function at start. */
    static int maxPages(Optional<String> configured) {
        if (configured.isEmpty()) {
            return MovieScraper.DEFAULT_MAX_PAGES;
        }
        String value = configured.get().trim();
        try {
            int maxPages = Integer.parseInt(value);
            if (maxPages >= 1) {
                return maxPages;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("MAX_PAGES must be a whole number of at least 1, not '" + value + "'");
    }

    private static APIGatewayV2HTTPResponse json(int status, Map<String, Object> body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(GSON.toJson(body))
                .build();
    }
}
