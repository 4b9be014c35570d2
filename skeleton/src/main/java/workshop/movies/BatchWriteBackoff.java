package workshop.movies;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * How long to wait before sending DynamoDB the writes it left unprocessed, and how often to try.
 *
 * <p>DynamoDB hands writes back in {@code UnprocessedItems} when a partition is busy; sending them
 * again at once would meet the same busy partition. AWS recommends exponential backoff: the
 * ceiling doubles with each retry (up to a cap), and the actual wait is drawn at random below it
 * ("full jitter"), so that several functions throttled at the same moment do not all come back at
 * the same moment too.
 *
 * <p>The number of attempts is bounded: a Lambda function has a timeout, and a batch that cannot
 * be saved now is better handed back to Lambda, which retries the records later, than retried
 * here until the function is killed.
 */
final class BatchWriteBackoff {

    /** Waits; a parameter so that tests run the retry loop without waiting. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** 1 call and 5 retries; the waits' ceilings add up to 1.55 s at most, well inside a timeout. */
    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_CEILING = Duration.ofMillis(50);
    static final Duration MAX_CEILING = Duration.ofSeconds(2);

    private final int maxAttempts;
    private final Duration firstCeiling;
    private final Duration maxCeiling;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    BatchWriteBackoff(int maxAttempts, Duration firstCeiling, Duration maxCeiling, Sleeper sleeper, RandomGenerator random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstCeiling = firstCeiling;
        this.maxCeiling = maxCeiling;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** The production settings, sleeping for real. */
    static BatchWriteBackoff standard() {
        return withSleeper(duration -> Thread.sleep(duration.toMillis()));
    }

    /** The production settings with another sleeper (tests). */
    static BatchWriteBackoff withSleeper(Sleeper sleeper) {
        // java.util.Random may be shared by threads (most generators may not), and jitter needs
        // nothing better.
        return new BatchWriteBackoff(MAX_ATTEMPTS, FIRST_CEILING, MAX_CEILING, sleeper, new Random());
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The longest wait before retry number {@code retry} (1 for the first retry). */
    Duration ceiling(int retry) {
        // Shifting by more than 30 would overflow; long before that the cap applies anyway.
        long millis = firstCeiling.toMillis() << Math.min(retry - 1, 30);
        return Duration.ofMillis(Math.min(millis, maxCeiling.toMillis()));
    }

    /** Waits a random time between 0 and {@link #ceiling(int)} before retry number {@code retry}. */
    void pauseBeforeRetry(int retry) {
        long millis = random.nextLong(ceiling(retry).toMillis() + 1);
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry unprocessed writes", e);
        }
    }
}
