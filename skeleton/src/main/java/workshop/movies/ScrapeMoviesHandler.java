package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
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
 * <p>Answers 200 with a JSON summary, e.g.
 * <pre>{"url":"https://…/movies","pages":3,"moviesRead":120,"put":119,"failed":1,"errors":2,
 *  "errorTable":"movie-errors-x","stoppedBecause":"last page","putRecordsCalls":2}</pre>
 * <ul>
 *   <li>{@code pages}: pages whose listing was read; {@code moviesRead}: the movies on them</li>
 *   <li>{@code put}: movies accepted by Kinesis; {@code failed}: movies not on the stream after the
 *       retries (each one is also in the error table, with its JSON: {@link ErrorEntry#forUnpublished})</li>
 *   <li>{@code errors}: entries written to the error table {@code errorTable}: pages that could not be
 *       read, rows that were not movies, and the movies counted in {@code failed}</li>
 *   <li>{@code stoppedBecause}: why the walk ended; {@code putRecordsCalls}: Kinesis calls made</li>
 * </ul>
 * Answers 502 with {@code {"url":…,"error":…,"errors":1,"errorTable":…}} when not even the first page
 * could be read (the page's error is in the error table too). Every answer has the header
 * {@code content-type: application/json}; the summary also goes to the log, as one line.
 */
public class ScrapeMoviesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final String startUrl;
    private final MovieScraper scraper;
    private final MovieStreamPublisher publisher;
    private final ErrorTable errorTable;
    private final Clock clock;
    private final Consumer<String> log;

    /** Used by Lambda: configuration from the function's environment, clients from {@link AwsClients}. */
    public ScrapeMoviesHandler() {
        // Exercise 04: the page limit comes from MAX_PAGES when it is set (see maxPages below).
        this(Env.required("SCRAP_URL"),
                new MovieScraper(new PageFetcher(), new MovieListingParser(), MovieScraper.DEFAULT_MAX_PAGES,
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
        throw new UnsupportedOperationException(
                "Exercise 04: scrape, publish, record the errors and answer - see exercises/04-scraper-function/README.md");
    }

    /**
     * {@code MAX_PAGES} when set: a whole number of at least 1 (surrounding spaces allowed); anything
     * else stops the function at start with an {@link IllegalArgumentException} that names
     * {@code MAX_PAGES} and the value. Not set: {@value MovieScraper#DEFAULT_MAX_PAGES}.
     */
    static int maxPages(Optional<String> configured) {
        throw new UnsupportedOperationException(
                "Exercise 04: read MAX_PAGES - see exercises/04-scraper-function/README.md");
    }
}
