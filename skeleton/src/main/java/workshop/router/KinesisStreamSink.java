package workshop.router;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.SdkBytes;
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
 * Puts emitted messages on the router's stream with {@code PutRecords}, as few calls as Kinesis's limits
 * allow (at most 500 records and 5 MiB per call, data and partition keys counted), and sends again what
 * Kinesis did not take.
 *
 * <p>{@code PutRecords} is not all-or-nothing: a call that succeeds may have refused some of its entries
 * (each with an {@code ErrorCode}: {@code ProvisionedThroughputExceededException} when the shard is over its
 * write limit, or {@code InternalFailure}). Those entries, and all entries of a call throttled as a whole,
 * are sent again, only them, after an exponential backoff with equal jitter, until every message is in or
 * the retry deadline has passed; then {@link MessagesNotSentException}, and the router asks Lambda for the
 * batch again. The same approach as {@link workshop.movies.MovieStreamPublisher}, which reports the movies
 * it could not send instead: here nothing is lost, because the handlers that emitted the messages run again.
 */
public class KinesisStreamSink implements StreamSink {

    static final int MAX_RECORDS_PER_REQUEST = 500;
    static final long MAX_BYTES_PER_REQUEST = 5L * 1024 * 1024;

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

    public KinesisStreamSink(KinesisClient kinesis, String streamName) {
        this(kinesis, streamName, DEFAULT_RETRY_DEADLINE, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /** @param retryDeadline how long after the start of {@link #put} refused records may still be sent again */
    public KinesisStreamSink(KinesisClient kinesis, String streamName, Duration retryDeadline, Clock clock, Sleeper sleeper) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.retryDeadline = retryDeadline;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void put(List<OutgoingMessage> messages) {
        Instant deadline = clock.instant().plus(retryDeadline);
        List<OutgoingMessage> waiting = messages;
        for (int attempt = 1; !waiting.isEmpty(); attempt++) {
            List<Refused> refused = new ArrayList<>();
            for (List<OutgoingMessage> batch : batches(waiting)) {
                refused.addAll(send(batch));
            }
            if (refused.isEmpty()) {
                return;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                Refused last = refused.get(refused.size() - 1);
                throw new MessagesNotSentException(refused.size() + " of " + messages.size()
                        + " messages still refused after " + attempt + " attempts; last error " + last.errorCode()
                        + ": " + last.errorMessage());
            }
            try {
                sleeper.sleep(min(backoff(attempt), left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessagesNotSentException("interrupted while waiting to send " + refused.size() + " messages again", e);
            }
            waiting = refused.stream().map(Refused::message).toList();
        }
    }

    /**
     * One {@code PutRecords} call; the entries Kinesis refused, or all of them when the call was throttled
     * as a whole. Any other error (stream not found, access denied) is thrown: trying again would not help.
     */
    private List<Refused> send(List<OutgoingMessage> batch) {
        PutRecordsResponse response;
        try {
            response = kinesis.putRecords(PutRecordsRequest.builder()
                    .streamName(streamName)
                    .records(batch.stream().map(KinesisStreamSink::entry).toList())
                    .build());
        } catch (ProvisionedThroughputExceededException | LimitExceededException | KmsThrottlingException
                 | InternalFailureException throttled) {
            return batch.stream().map(message -> new Refused(message, throttled.getClass().getSimpleName(),
                    throttled.getMessage())).toList();
        }
        // The result entries are in the order of the request's entries.
        List<PutRecordsResultEntry> results = response.records();
        List<Refused> refused = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            PutRecordsResultEntry result = index < results.size() ? results.get(index) : null;
            if (result == null) {
                refused.add(new Refused(batch.get(index), "NoResult", "PutRecords returned no result for this record"));
            } else if (result.errorCode() != null) {
                refused.add(new Refused(batch.get(index), result.errorCode(), result.errorMessage()));
            }
        }
        return refused;
    }

    /** Consecutive messages, at most 500 and 5 MiB per batch. */
    static List<List<OutgoingMessage>> batches(List<OutgoingMessage> messages) {
        List<List<OutgoingMessage>> batches = new ArrayList<>();
        List<OutgoingMessage> current = new ArrayList<>();
        long currentBytes = 0;
        for (OutgoingMessage message : messages) {
            if (current.size() == MAX_RECORDS_PER_REQUEST || currentBytes + message.bytes() > MAX_BYTES_PER_REQUEST) {
                batches.add(current);
                current = new ArrayList<>();
                currentBytes = 0;
            }
            current.add(message);
            currentBytes += message.bytes();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    static PutRecordsRequestEntry entry(OutgoingMessage message) {
        // The partition key is the message id, never a constant: Kinesis spreads the records over the
        // shards by the key's hash (one shard today, more tomorrow without a change here).
        return PutRecordsRequestEntry.builder()
                .partitionKey(message.partitionKey())
                .data(SdkBytes.fromByteArray(message.data()))
                .build();
    }

    /**
     * Exponential, with "equal jitter": half of the wait is fixed, half random. The fixed half gives the
     * shard time to recover; the random half keeps producers throttled together from coming back together.
     */
    static Duration backoff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Refused(OutgoingMessage message, String errorCode, String errorMessage) {
    }
}
