package workshop.crawler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import java.time.Duration;
import workshop.movies.PageFetcher;
import workshop.router.MessageRouter;
import workshop.router.RouterFunction;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The crawler function: the router stream ({@code router-stream-<suffix>}) through the crawler's
 * handlers ({@link CrawlerApp}). One function serves every message type: the router dispatches.
 *
 * <p>The response is a partial batch response: empty when the router finished the batch, else the
 * sequence number of the first record it did not, from which Lambda delivers the shard again (the
 * event source mapping needs {@code ReportBatchItemFailures}). Handlers that completed are not run
 * again for the records Lambda redelivers (the router's completion markers).
 *
 * <p>Environment: {@code PAGES_TABLE} (crawl pages), and for the router {@code STREAM_NAME},
 * {@code RUNTIME_TABLE}, {@code ERROR_TABLE}.
 */
public class CrawlerHandler implements RequestHandler<KinesisEvent, StreamsEventResponse> {

    /** Lambda waits for the page; a site slower than this is reported as a failure, not waited for. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final RouterFunction function;

    public CrawlerHandler() {
        this(router(new PageClaims(AwsClients.dynamoDb(), Env.required("PAGES_TABLE"), Clock.systemUTC())));
    }

    /** @param router a router with the crawler's handlers ({@link CrawlerApp#register}) */
    public CrawlerHandler(MessageRouter router) {
        this.function = new RouterFunction(router);
    }

    private static MessageRouter router(PageClaims claims) {
        RobotsCache robots = new RobotsCache(new HttpRobotsFetcher(), Clock.systemUTC(), System.out::println);
        PageFetcher fetcher = new PageFetcher(FETCH_TIMEOUT, PageBody.MAX_HTML_BYTES);
        return CrawlerApp.register(MessageRouter.fromEnvironment(),
                new FetchPageHandler(claims, robots, fetcher, System.out::println),
                new ExtractLinksHandler(claims),
                new RecordPageHandler(claims));
    }

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        return function.handle(event, context);
    }
}
