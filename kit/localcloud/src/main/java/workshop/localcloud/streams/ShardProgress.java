package workshop.localcloud.streams;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one shard's poller has done: the checkpoint (the last sequence number that is finished,
 * processed or discarded) and counters, for the admin endpoint and for tests.
 */
public final class ShardProgress {

    private final String shardId;
    private final AtomicReference<String> checkpoint = new AtomicReference<>();
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong recordsDelivered = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong recordsDiscarded = new AtomicLong();

    public ShardProgress(String shardId) {
        this.shardId = shardId;
    }

    /** A copy of the figures at one moment. */
    public record Snapshot(String shardId, String checkpoint, long invocations, long recordsDelivered,
                           long retries, long recordsDiscarded) {
    }

    public Snapshot snapshot() {
        return new Snapshot(shardId, checkpoint.get(), invocations.get(), recordsDelivered.get(),
                retries.get(), recordsDiscarded.get());
    }

    public String shardId() {
        return shardId;
    }

    void checkpoint(String sequenceNumber) {
        checkpoint.set(sequenceNumber);
    }

    void invoked(int records) {
        invocations.incrementAndGet();
        recordsDelivered.addAndGet(records);
    }

    void retried() {
        retries.incrementAndGet();
    }

    void discarded(int records) {
        recordsDiscarded.addAndGet(records);
    }
}
