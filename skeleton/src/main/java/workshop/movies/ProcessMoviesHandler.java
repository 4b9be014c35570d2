package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The movie stream ({@code data-processing-stream-<suffix>}) into the movie table {@code MOVIE_TABLE};
 * records that are not movies into the error table {@code ERROR_TABLE} (see {@link MovieRecordProcessor}).
 *
 * <p>Every record of the event is processed, in order (the shard id is the part of the event id
 * before its {@code :}). The response is a partial batch response: empty when every record was
 * handled, else the sequence number of the first one that was not. Lambda then delivers the shard
 * again from that record (the event source mapping needs {@code ReportBatchItemFailures} for this;
 * without it Lambda ignores the response and counts the batch as a success). Throwing instead would
 * make Lambda retry the whole batch, the records already saved included. One summary line goes to
 * the function's log.
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
        throw new UnsupportedOperationException(
                "Exercise 06: process the records, answer a partial batch response - see exercises/06-process-the-stream/README.md");
    }
}
