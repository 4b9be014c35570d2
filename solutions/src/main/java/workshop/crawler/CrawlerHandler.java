package workshop.crawler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import workshop.movies.PageFetcher;
import workshop.router.BatchOutcome;
import workshop.router.MessageRouter;
import workshop.router.StreamRecord;
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

    private final MessageRouter router;

    public CrawlerHandler() {
        this(router(new PageClaims(AwsClients.dynamoDb(), Env.required("PAGES_TABLE"), Clock.systemUTC())));
    }

    /** @param router a router with the crawler's handlers ({@link CrawlerApp#register}) */
    public CrawlerHandler(MessageRouter router) {
        this.router = router;
    }

    private static MessageRouter router(PageClaims claims) {
        RobotsCache robots = new RobotsCache(new HttpRobotsFetcher(), Clock.systemUTC(), System.out::println);
        PageFetcher fetcher = new PageFetcher(FETCH_TIMEOUT, PageBody.MAX_HTML_BYTES);
        return CrawlerApp.register(RouterWiring.router(),
                new FetchPageHandler(claims, robots, fetcher, System.out::println),
                new ExtractLinksHandler(),
                new RecordPageHandler(claims));
    }

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        // TODO(integrator): if the router brings its own KinesisEvent adapter, use it instead of streamRecord().
        List<KinesisEventRecord> eventRecords = event.getRecords() != null ? event.getRecords() : List.of();
        BatchOutcome outcome = router.process(eventRecords.stream().map(CrawlerHandler::streamRecord).toList());

        String summary = eventRecords.size() + " records: " + outcome.handled() + " handled, " + outcome.dropped()
                + " dropped, " + outcome.rejected() + " rejected (in the error table)";
        if (outcome.retryFrom().isEmpty()) {
            context.getLogger().log(summary);
            return new StreamsEventResponse(List.of());
        }
        String retryFrom = outcome.retryFrom().get();
        context.getLogger().log(summary + "; stopped, Lambda retries from sequence number " + retryFrom);
        return new StreamsEventResponse(List.of(new BatchItemFailure(retryFrom)));
    }

    static StreamRecord streamRecord(KinesisEventRecord eventRecord) {
        KinesisEvent.Record kinesis = eventRecord.getKinesis();
        return new StreamRecord(shardId(eventRecord.getEventID()), kinesis.getSequenceNumber(),
                kinesis.getPartitionKey(), bytes(kinesis.getData()));
    }

    /** The event id is {@code <shardId>:<sequenceNumber>}. */
    private static String shardId(String eventId) {
        int colon = eventId.indexOf(':');
        return colon < 0 ? eventId : eventId.substring(0, colon);
    }

    private static byte[] bytes(ByteBuffer data) {
        // A copy, read from a duplicate: the event's buffer keeps its position for anyone else.
        byte[] bytes = new byte[data.remaining()];
        data.duplicate().get(bytes);
        return bytes;
    }
}
