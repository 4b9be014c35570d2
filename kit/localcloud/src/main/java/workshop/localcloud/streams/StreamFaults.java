package workshop.localcloud.streams;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fault injection for event source mappings: redeliver a share of the records that were already
 * processed, as Lambda may (stream consumers are "at least once": a retried batch, a lease taken
 * over by another poller). Functions must stay correct when a record arrives twice.
 */
public final class StreamFaults {

    private volatile double redeliveryShare;
    private volatile RandomGenerator random = RandomGenerator.getDefault();

    /** Redelivers each processed record again with probability {@code share} (0 turns it off). */
    public void redeliver(double share, RandomGenerator random) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
        this.random = random;
        this.redeliveryShare = share;
    }

    /** The records of a processed batch to deliver once more, in their order; usually none. */
    List<PolledRecord> pickRedeliveries(List<PolledRecord> processed) {
        double share = redeliveryShare;
        if (share == 0) {
            return List.of();
        }
        RandomGenerator generator = random;
        synchronized (this) {
            return processed.stream().filter(record -> generator.nextDouble() < share).toList();
        }
    }
}
