package workshop.router;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The Lambda side of a {@link MessageRouter}: a Kinesis event in, a partial batch response out, so that
 * a function's handler is a few lines:
 *
 * <pre>{@code
 * public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
 *     return function.handle(event, context);
 * }}</pre>
 *
 * <p>The response is empty when every record was done, else it names the first record not done; Lambda
 * delivers the shard again from there. The event source mapping needs {@code ReportBatchItemFailures}:
 * without it Lambda ignores the response and counts the batch as a success. Throwing instead would make
 * Lambda retry the whole batch, not from the record that failed.
 */
public class RouterFunction {

    private final MessageRouter router;

    public RouterFunction(MessageRouter router) {
        this.router = router;
    }

    public StreamsEventResponse handle(KinesisEvent event, Context context) {
        List<KinesisEventRecord> eventRecords = event.getRecords() != null ? event.getRecords() : List.of();
        BatchOutcome outcome = router.process(records(eventRecords));

        String summary = eventRecords.size() + " records: " + outcome.handled() + " handled, " + outcome.dropped()
                + " dropped, " + outcome.rejected() + " in the error table";
        if (outcome.isComplete()) {
            log(context, summary);
            return new StreamsEventResponse(List.of());
        }
        String retryFrom = outcome.retryFrom().orElseThrow();
        log(context, summary + "; stopped, Lambda retries from sequence number " + retryFrom + ": " + outcome.failure());
        return new StreamsEventResponse(List.of(new BatchItemFailure(retryFrom)));
    }

    /** The event's records as the router reads them. */
    public static List<StreamRecord> records(List<KinesisEventRecord> eventRecords) {
        return eventRecords.stream().map(RouterFunction::streamRecord).toList();
    }

    private static StreamRecord streamRecord(KinesisEventRecord eventRecord) {
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

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        }
    }
}
