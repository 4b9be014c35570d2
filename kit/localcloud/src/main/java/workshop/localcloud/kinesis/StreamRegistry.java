package workshop.localcloud.kinesis;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.kinesis.model.StreamMode;

/**
 * The streams of one account in one region, found by name or by ARN.
 *
 * <p>Lookups run concurrently with everything; creating and deleting are serialised so that the
 * account's shard quota is checked against a stable count.
 */
final class StreamRegistry {

    /**
     * AWS's default shard quota per account and region (in us-east-1, us-west-2 and eu-west-1; 200
     * elsewhere). Here it mostly protects the JVM from a mistyped ShardCount.
     */
    static final int ACCOUNT_SHARD_QUOTA = 500;

    private final String region;
    private final String accountId;
    private final Map<String, LocalStream> streamsByName = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();

    StreamRegistry(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }

    String arnOf(String streamName) {
        return "arn:aws:kinesis:" + region + ":" + accountId + ":stream/" + streamName;
    }

    /**
     * Creates an ACTIVE stream. On AWS a new stream is CREATING for some seconds; here it can be
     * used at once, which only removes a wait a client has to make anyway.
     */
    synchronized LocalStream create(String streamName, StreamMode mode, int shardCount, Instant now) {
        if (streamsByName.containsKey(streamName)) {
            throw KinesisErrors.streamExists(streamName, accountId);
        }
        int shardsInUse = streamsByName.values().stream().mapToInt(stream -> stream.shards().size()).sum();
        if (shardsInUse + shardCount > ACCOUNT_SHARD_QUOTA) {
            throw KinesisErrors.limitExceeded("This request would exceed the shard limit for the account " + accountId
                    + " in " + region + ". Current shard count for the account: " + shardsInUse
                    + ". Limit: " + ACCOUNT_SHARD_QUOTA + ". Number of additional shards that would have resulted"
                    + " from this request: " + shardCount + ".");
        }
        LocalStream stream = new LocalStream(streamName, arnOf(streamName), generations.incrementAndGet(), mode,
                shardCount, now);
        streamsByName.put(streamName, stream);
        return stream;
    }

    /** Deletes at once: AWS shows DELETING for a while, and then the stream is gone as here. */
    synchronized void delete(LocalStream stream) {
        streamsByName.remove(stream.name(), stream);
    }

    /** The stream of that name, or {@code ResourceNotFoundException}. */
    LocalStream find(String streamName) {
        LocalStream stream = streamsByName.get(streamName);
        if (stream == null) {
            throw KinesisErrors.streamNotFound(streamName, accountId);
        }
        return stream;
    }

    /** The stream of that name if it is still the one a token or iterator was issued for. */
    Optional<LocalStream> find(String streamName, long generation) {
        return Optional.ofNullable(streamsByName.get(streamName))
                .filter(stream -> stream.generation() == generation);
    }

    /**
     * The stream a request names. Most operations accept {@code StreamName}, {@code StreamARN} or
     * both (AWS recommends the ARN); at least one is required, and both must name the same stream.
     */
    LocalStream resolve(String streamName, String streamArn) {
        if (streamName == null && streamArn == null) {
            throw KinesisErrors.invalidArgument("Either StreamName or StreamARN must be provided.");
        }
        if (streamName != null) {
            ModelConstraints.streamName("streamName", streamName);
        }
        if (streamArn == null) {
            return find(streamName);
        }
        ModelConstraints.streamArn("streamARN", streamArn);
        String nameInArn = streamArn.substring(streamArn.indexOf(":stream/") + ":stream/".length());
        if (streamName != null && !streamName.equals(nameInArn)) {
            throw KinesisErrors.invalidArgument("StreamARN " + streamArn + " does not match StreamName " + streamName + ".");
        }
        if (!streamArn.equals(arnOf(nameInArn))) {
            // Another account or region: its streams are not here.
            String[] arnParts = streamArn.split(":");
            throw KinesisErrors.streamNotFound(nameInArn, arnParts[4]);
        }
        return find(nameInArn);
    }

    /** All streams, by name, as ListStreams returns them. */
    List<LocalStream> sortedByName() {
        return streamsByName.values().stream().sorted(Comparator.comparing(LocalStream::name)).toList();
    }
}
