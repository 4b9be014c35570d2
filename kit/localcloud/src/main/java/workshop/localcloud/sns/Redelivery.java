package workshop.localcloud.sns;

import java.util.random.RandomGenerator;

/**
 * Fault injection: SNS delivers "at least once", so a subscriber may see the same message twice.
 * A configured share of deliveries is made twice, with the same message id and content, so that
 * handlers can be shown (and tested) to be idempotent.
 */
final class Redelivery {

    private double share;
    private RandomGenerator random;

    /** {@code share} of deliveries, 0.0 to 1.0, happen twice; 0 turns redelivery off. */
    synchronized void configure(double share, RandomGenerator random) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be between 0.0 and 1.0, was " + share);
        }
        if (share > 0.0 && random == null) {
            throw new IllegalArgumentException("a random generator is needed to pick redelivered messages");
        }
        this.share = share;
        this.random = random;
    }

    /** How many times to make the next delivery: 1, or 2 when it is picked for redelivery. */
    synchronized int copiesOfNextDelivery() {
        // RandomGenerator implementations are not thread-safe: hence the synchronized methods.
        return share > 0.0 && random.nextDouble() < share ? 2 : 1;
    }
}
