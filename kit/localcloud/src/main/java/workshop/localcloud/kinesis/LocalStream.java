package workshop.localcloud.kinesis;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamModeDetails;

/**
 * One data stream: its name, ARN and fixed set of shards.
 *
 * @see StreamRegistry for how streams are created and found
 */
final class LocalStream {

    private final String name;
    private final String arn;
    private final long generation;
    private final StreamMode mode;
    private final Instant createdAt;
    private final List<LocalShard> shards;
    private final AtomicLong arrivalCounter = new AtomicLong();

    /**
     * @param generation tells this stream apart from an earlier one of the same name, so a shard
     *                   iterator of a deleted stream does not read its successor
     */
    LocalStream(String name, String arn, long generation, StreamMode mode, int shardCount, Instant createdAt) {
        this.name = name;
        this.arn = arn;
        this.generation = generation;
        this.mode = mode;
        this.createdAt = createdAt;
        List<HashRange> ranges = HashKeySpace.split(shardCount);
        this.shards = IntStream.range(0, shardCount)
                .mapToObj(index -> new LocalShard(index, ranges.get(index)))
                .toList();
    }

    String name() {
        return name;
    }

    String arn() {
        return arn;
    }

    long generation() {
        return generation;
    }

    Instant createdAt() {
        return createdAt;
    }

    StreamModeDetails modeDetails() {
        return StreamModeDetails.builder().streamMode(mode).build();
    }

    List<LocalShard> shards() {
        return shards;
    }

    Optional<LocalShard> shard(String shardId) {
        return shards.stream().filter(shard -> shard.shardId().equals(shardId)).findFirst();
    }

    Optional<LocalShard> shard(int index) {
        return index >= 0 && index < shards.size() ? Optional.of(shards.get(index)) : Optional.empty();
    }

    /** The shard whose hash key range holds {@code hashKey}; the ranges cover the whole space. */
    LocalShard shardFor(BigInteger hashKey) {
        return shards.stream()
                .filter(shard -> shard.owns(hashKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no shard owns hash key " + hashKey));
    }

    /** Appends a record to {@code shard}, which must be one of this stream's shards. */
    StoredRecord append(LocalShard shard, String partitionKey, SdkBytes data, Clock clock) {
        return shard.append(partitionKey, data, arrivalCounter::incrementAndGet, clock);
    }
}
