package workshop.localcloud.streams;

import java.time.Duration;

/**
 * How long a poller waits before retrying a failed batch. Lambda backs off between retries of a
 * stream batch; here the delays are short (the lesson is the retry, not the wait) and doubling, so
 * a function that fails forever (maximumRetryAttempts -1) does not spin.
 */
@FunctionalInterface
public interface RetryBackoff {

    /** Waits before retry number {@code retry} (1 for the first retry). */
    void pause(int retry) throws InterruptedException;

    /** 20 ms, doubling, at most 2 s. */
    static RetryBackoff exponential() {
        return exponential(Duration.ofMillis(20), Duration.ofSeconds(2));
    }

    static RetryBackoff exponential(Duration first, Duration cap) {
        return retry -> {
            long millis = Math.min(cap.toMillis(), first.toMillis() << Math.min(20, retry - 1));
            Thread.sleep(millis);
        };
    }

    /** No wait: for tests that count retries. */
    static RetryBackoff none() {
        return retry -> { };
    }
}
