package workshop.movies;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.InternalFailureException;
import software.amazon.awssdk.services.kinesis.model.KmsThrottlingException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Puts movies on the Kinesis stream, one record per movie, with as few {@code PutRecords} calls as
 * Kinesis's limits allow, and retries what Kinesis did not take.
 *
 * <p>Limits of one {@code PutRecords} request (Kinesis API reference): at most 500 records and 5 MiB in
 * all; one record at most 1 MiB. Both sizes count the data and the partition key. A movie whose record
 * would be larger is not sent (Kinesis would refuse the whole request) and is reported.
 *
 * <p>{@code PutRecords} is not all-or-nothing: a call that succeeds may still have refused some of its
 * records ({@code FailedRecordCount}; each refused entry has an {@code ErrorCode}, usually
 * {@code ProvisionedThroughputExceededException} when a shard is over its write limit, or
 * {@code InternalFailure}). Those records, and every record of a call refused as a whole for throttling,
 * are sent again, only them and in their original order, after an exponential backoff with jitter,
 * until all are in or the retry deadline has passed. What is still out then is returned with its last
 * error code, never dropped without a word. The SDK has already retried each throttled call a few
 * times on its own; this loop covers what outlives those quick retries.
 *
 * <p>A call refused for any other reason (stream not found, access denied, a disabled KMS key) ends
 * the publishing at once: trying again or sending the next batch would fail the same way. Every movie
 * not yet in is reported with that error.
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
     */
    public MovieStreamPublisher(KinesisClient kinesis, String streamName, Duration retryDeadline, Clock clock,
                                Sleeper sleeper) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.retryDeadline = retryDeadline;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public PublishResult publish(List<Movie> movies) {
        Instant deadline = clock.instant().plus(retryDeadline);
        Progress progress = new Progress();
        List<OutgoingRecord> waiting = new ArrayList<>();
        for (Movie movie : movies) {
            OutgoingRecord record = OutgoingRecord.of(movie);
            if (record.bytes() > MAX_BYTES_PER_RECORD) {
                progress.unpublished.add(new UnpublishedMovie(movie, RECORD_TOO_LARGE, "the record is " + record.bytes()
                        + " bytes, over Kinesis's limit of " + MAX_BYTES_PER_RECORD + " bytes (data and partition key)"));
            } else {
                waiting.add(record);
            }
        }

        for (int attempt = 1; !waiting.isEmpty(); attempt++) {
            List<FailedRecord> failed = sendAll(waiting, progress);
            if (failed.isEmpty()) {
                break;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                failed.forEach(progress::giveUp);
                break;
            }
            try {
                sleeper.sleep(min(backoff(attempt), left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.forEach(record -> progress.giveUp(new FailedRecord(record.record(), INTERRUPTED,
                        "interrupted while waiting to retry (last error " + record.errorCode() + ")")));
                break;
            }
            waiting = failed.stream().map(FailedRecord::record).toList();
        }
        return new PublishResult(progress.published, progress.unpublished, progress.requests);
    }

    /**
     * Sends every waiting record once, batch after batch, and returns those Kinesis did not take, in
     * their original order. A request refused for good stops everything: all that is not in yet is
     * given up at once.
     */
    private List<FailedRecord> sendAll(List<OutgoingRecord> waiting, Progress progress) {
        List<FailedRecord> failed = new ArrayList<>();
        List<List<OutgoingRecord>> batches = batches(waiting);
        for (int index = 0; index < batches.size(); index++) {
            try {
                failed.addAll(send(batches.get(index), progress));
            } catch (SdkException refused) {
                failed.forEach(progress::giveUp);
                for (List<OutgoingRecord> notSent : batches.subList(index, batches.size())) {
                    notSent.forEach(record -> progress.giveUp(new FailedRecord(record, errorCode(refused), refused.getMessage())));
                }
                return List.of();
            }
        }
        return failed;
    }

    /** One {@code PutRecords} call; its refused records, or all of them when it was throttled as a whole. */
    private List<FailedRecord> send(List<OutgoingRecord> batch, Progress progress) {
        progress.requests++;
        PutRecordsResponse response;
        try {
            response = kinesis.putRecords(PutRecordsRequest.builder()
                    .streamName(streamName)
                    .records(batch.stream().map(OutgoingRecord::entry).toList())
                    .build());
        } catch (ProvisionedThroughputExceededException | LimitExceededException | KmsThrottlingException
                 | InternalFailureException throttled) {
            // The throttling errors PutRecords documents, its server-side failure, and LimitExceeded (Kinesis's
            // "too many requests" of other calls, not documented for PutRecords but just as temporary).
            return batch.stream()
                    .map(record -> new FailedRecord(record, errorCode(throttled), throttled.getMessage()))
                    .toList();
        }
        // The result entries are in the order of the request's entries.
        List<PutRecordsResultEntry> results = response.records();
        List<FailedRecord> failed = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            PutRecordsResultEntry result = index < results.size() ? results.get(index) : null;
            if (result == null) {
                failed.add(new FailedRecord(batch.get(index), "NoResult", "PutRecords returned no result for this record"));
            } else if (result.errorCode() != null) {
                failed.add(new FailedRecord(batch.get(index), result.errorCode(), result.errorMessage()));
            } else {
                progress.published++;
            }
        }
        return failed;
    }

    /** Consecutive records, at most 500 and 5 MiB per batch. */
    static List<List<OutgoingRecord>> batches(List<OutgoingRecord> records) {
        List<List<OutgoingRecord>> batches = new ArrayList<>();
        List<OutgoingRecord> current = new ArrayList<>();
        long currentBytes = 0;
        for (OutgoingRecord record : records) {
            if (current.size() == MAX_RECORDS_PER_REQUEST || currentBytes + record.bytes() > MAX_BYTES_PER_REQUEST) {
                batches.add(current);
                current = new ArrayList<>();
                currentBytes = 0;
            }
            current.add(record);
            currentBytes += record.bytes();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /**
     * Exponential, with "equal jitter": half of the wait is fixed, half random. The fixed half keeps
     * every wait long enough to let the shard recover; the random half keeps many producers throttled
     * at the same moment from all coming back at the same moment.
     */
    static Duration backoff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Kinesis's own error code when the service answered, otherwise the exception's name. */
    private static String errorCode(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return e.getClass().getSimpleName();
    }

    /**
     * One movie as a stream record.
     *
     * <p>The partition key is the movie's id, never a constant. Kinesis picks a record's shard from the
     * MD5 hash of its partition key, so one constant key would send every movie to one shard, whatever
     * the stream's number of shards, and be throttled at that one shard's 1 MiB or 1,000 records per
     * second. Kinesis keeps the order of records only among those with the same key; the one order that
     * matters here, that of two versions of the same movie, is kept because they share their id.
     */
    record OutgoingRecord(Movie movie, PutRecordsRequestEntry entry, int bytes) {

        static OutgoingRecord of(Movie movie) {
            byte[] data = MovieJson.toJson(movie).getBytes(StandardCharsets.UTF_8);
            String partitionKey = movie.id();
            PutRecordsRequestEntry entry = PutRecordsRequestEntry.builder()
                    .partitionKey(partitionKey)
                    .data(SdkBytes.fromByteArray(data))
                    .build();
            return new OutgoingRecord(movie, entry, data.length + partitionKey.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private record FailedRecord(OutgoingRecord record, String errorCode, String errorMessage) {
    }

    /** The counts of one {@link #publish} call. */
    private static final class Progress {
        int published;
        int requests;
        final List<UnpublishedMovie> unpublished = new ArrayList<>();

        void giveUp(FailedRecord failed) {
            unpublished.add(new UnpublishedMovie(failed.record().movie(), failed.errorCode(), failed.errorMessage()));
        }
    }
}
