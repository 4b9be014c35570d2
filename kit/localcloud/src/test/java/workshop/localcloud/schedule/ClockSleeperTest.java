package workshop.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The production sleeper, checked only on paths that do not wait for real time to pass. */
class ClockSleeperTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private final ClockSleeper sleeper = new ClockSleeper(Clock.systemUTC());

    @Test
    void returnsAtOnceWhenTheDeadlineHasPassed() {
        assertTimeoutPreemptively(PROMPTLY, () -> sleeper.sleepUntil(Instant.now().minusSeconds(1)));
    }

    @Test
    void aWakeUpBeforeTheSleepIsNotLost() {
        sleeper.wakeUp();

        assertTimeoutPreemptively(PROMPTLY, () -> sleeper.sleepUntil(null));
    }

    @Test
    void aWakeUpEndsASleepWithoutDeadline() throws InterruptedException {
        CountDownLatch woke = new CountDownLatch(1);
        Thread sleeping = new Thread(() -> {
            try {
                sleeper.sleepUntil(null);
                woke.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeping.start();

        sleeper.wakeUp();

        assertThat(woke.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
