package workshop.movies;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Puts movies on the Kinesis stream, one record per movie, with as few {@code PutRecords} calls as
 * Kinesis's limits allow, and retries what Kinesis did not take.
 *
 * <p>Limits of one {@code PutRecords} request (Kinesis API reference): at most 500 records and 5 MiB in
 * all; one record at most 1 MiB. Both sizes count the data and the partition key. A movie whose record
 * would be larger is not sent (Kinesis would refuse the whole request) and is reported with
 * {@link #RECORD_TOO_LARGE}.
 *
 * <p>Each record is the movie as {@link MovieJson}; its partition key decides its shard: choose it so
 * that the movies spread over every shard of the stream.
 *
 * <p>{@code PutRecords} is not all-or-nothing: a call that succeeds may still have refused some of its
 * records ({@code FailedRecordCount}; each refused entry has an {@code ErrorCode}). Those records, and
 * every record of a call refused as a whole for throttling, are sent again, only them and in their
 * original order, after an exponential backoff with jitter ({@link #backoff}), until all are in or the
 * retry deadline has passed. What is still out then is returned with its last error code, never dropped
 * without a word.
 *
 * <p>A call refused for any other reason (stream not found, access denied) ends the publishing at
 * once: every movie not yet in is reported with that error.
 */
public class MovieStreamPublisher {

    static final int MAX_RECORDS_PER_REQUEST = 500;
    static final long MAX_BYTES_PER_REQUEST = 5L * 1024 * 1024;
    static final int MAX_BYTES_PER_RECORD = 1024 * 1024;

    /** The error code of a movie whose record is over {@link #MAX_BYTES_PER_RECORD}: it was never sent. */
    public static final String RECORD_TOO_LARGE = "RecordTooLarge";
    /** The error code of the movies left out when the thread was interrupted while waiting to retry. */
    public static final String INTERRUPTED = "Interrupted";

    public static final Duration DEFAULT_RETRY_DEADLINE = Duration.ofSeconds(10);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    /** Waits between two attempts; tests give one that moves a fake clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final KinesisClient kinesis;
    private final String streamName;
    private final Duration retryDeadline;
    private final Clock clock;
    private final Sleeper sleeper;

    public MovieStreamPublisher(KinesisClient kinesis, String streamName) {
        this(kinesis, streamName, DEFAULT_RETRY_DEADLINE, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * @param retryDeadline how long after the start of {@link #publish} failed records may still be
     *                      retried; keep it well inside the function's timeout, so that what is left can
     *                      still be reported
     * @param clock         tells the time for the deadline
     * @param sleeper       waits between two attempts (never call Thread.sleep directly)
     */
    public MovieStreamPublisher(KinesisClient kinesis, String streamName, Duration retryDeadline, Clock clock,
                                Sleeper sleeper) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.retryDeadline = retryDeadline;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Puts every movie on the stream; the result counts them and names those that are not on it. */
    public PublishResult publish(List<Movie> movies) {
        throw new UnsupportedOperationException(
                "Exercise 03: put the movies on the stream with PutRecords - see exercises/03-put-on-the-stream/README.md");
    }

    /**
     * How long to wait before attempt {@code attempt + 1}: exponential from {@link #FIRST_BACKOFF}, at
     * most {@link #MAX_BACKOFF}, with jitter so that producers throttled together do not come back
     * together.
     */
    static Duration backoff(int attempt) {
        throw new UnsupportedOperationException(
                "Exercise 03: exponential backoff with jitter - see exercises/03-put-on-the-stream/README.md");
    }
}
