package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import workshop.movies.MovieRecordProcessor.Result;
import workshop.movies.MovieRecordProcessor.StreamRecord;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The movie stream ({@code data-processing-stream-<suffix>}) into the movie table; records that are
 * not movies into the error table (see {@link MovieRecordProcessor}).
 *
 * <p>The response is a partial batch response: empty when every record was handled, else the
 * sequence number of the first one that was not. Lambda then delivers the shard again from that
 * record (the event source mapping needs {@code ReportBatchItemFailures} for this; without it Lambda
 * ignores the response and counts the batch as a success). Throwing instead would make Lambda retry
 * the whole batch, the records already saved included.
 */
public class ProcessMoviesHandler implements RequestHandler<KinesisEvent, StreamsEventResponse> {

    private final MovieRecordProcessor processor;
    private final String errorTableName;

    public ProcessMoviesHandler() {
        this(new MovieTable(AwsClients.dynamoDb(), Env.required("MOVIE_TABLE")),
                new ErrorTable(AwsClients.dynamoDb(), Env.required("ERROR_TABLE")),
                Clock.systemUTC());
    }

    public ProcessMoviesHandler(MovieTable movies, ErrorTable errors, Clock clock) {
        this.processor = new MovieRecordProcessor(movies, errors, clock);
        this.errorTableName = errors.tableName();
    }

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        List<KinesisEventRecord> eventRecords = event.getRecords() != null ? event.getRecords() : List.of();
        Result result = processor.process(eventRecords.stream().map(ProcessMoviesHandler::streamRecord).toList());

        String summary = eventRecords.size() + " records: " + result.saved() + " movies saved, "
                + result.rejected() + " not movies (in " + errorTableName + ")";
        if (result.isComplete()) {
            context.getLogger().log(summary);
            return new StreamsEventResponse(List.of());
        }
        String retryFrom = result.firstUnhandled().sequenceNumber();
        context.getLogger().log(summary + "; stopped, Lambda retries from sequence number " + retryFrom
                + ": " + result.failure());
        return new StreamsEventResponse(List.of(new BatchItemFailure(retryFrom)));
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
}
