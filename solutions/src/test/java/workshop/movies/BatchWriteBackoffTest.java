package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchWriteBackoffTest {

    private final List<Duration> slept = new ArrayList<>();

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void theCeilingDoublesFromTheFirstOneUpToTheCap() {
        BatchWriteBackoff backoff = new BatchWriteBackoff(10, Duration.ofMillis(50), Duration.ofMillis(700), slept::add, new SplittableRandom(1));

        assertThat(List.of(backoff.ceiling(1), backoff.ceiling(2), backoff.ceiling(3), backoff.ceiling(4), backoff.ceiling(5), backoff.ceiling(40)))
                .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                        Duration.ofMillis(700), Duration.ofMillis(700));
    }

    @Test
    void eachWaitIsDrawnBetweenZeroAndTheCeiling() {
        BatchWriteBackoff backoff = new BatchWriteBackoff(10, Duration.ofMillis(50), Duration.ofSeconds(2), slept::add, new SplittableRandom(7));

        for (int draw = 0; draw < 200; draw++) {
            backoff.pauseBeforeRetry(3);
        }

        assertThat(slept).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(200)));
        // Jitter: the waits are spread out, not all the same.
        assertThat(slept.stream().distinct().count()).isGreaterThan(50);
    }

    @Test
    void theStandardSettingsKeepAllWaitsOfOneBatchUnderTwoSeconds() {
        BatchWriteBackoff backoff = BatchWriteBackoff.withSleeper(slept::add);

        Duration longestTotal = Duration.ZERO;
        for (int retry = 1; retry < backoff.maxAttempts(); retry++) {
            longestTotal = longestTotal.plus(backoff.ceiling(retry));
        }

        assertThat(backoff.maxAttempts()).isEqualTo(6);
        assertThat(longestTotal).isEqualTo(Duration.ofMillis(50 + 100 + 200 + 400 + 800));
    }

    @Test
    void anInterruptedWaitStopsTheRetriesAndKeepsTheInterrupt() {
        BatchWriteBackoff backoff = BatchWriteBackoff.withSleeper(duration -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> backoff.pauseBeforeRetry(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
