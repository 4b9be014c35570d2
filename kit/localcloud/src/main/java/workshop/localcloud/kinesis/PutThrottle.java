package workshop.localcloud.kinesis;

import java.util.random.RandomGenerator;

/**
 * Fault injection: makes a share of put entries fail as if their shard were over its write
 * throughput, which on AWS happens when producers write more than 1 MiB or 1,000 records per second
 * to one shard. It lets attendees see, and their tests prove, that a producer checks
 * {@code FailedRecordCount} and retries what failed.
 */
final class PutThrottle {

    private double share;
    private RandomGenerator random;

    /**
     * @param share  0 (never, the default) to 1 (every entry)
     * @param random decides which entries; a seeded one makes a test repeatable
     */
    synchronized void throttle(double share, RandomGenerator random) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
        if (share > 0 && random == null) {
            throw new IllegalArgumentException("a random generator is needed to throttle a share of puts");
        }
        this.share = share;
        this.random = random;
    }

    /**
     * Decides for one entry. Synchronised because a {@link RandomGenerator} need not be
     * thread-safe, and puts come from many threads.
     */
    synchronized boolean throttlesNext() {
        return share > 0 && random.nextDouble() < share;
    }
}
