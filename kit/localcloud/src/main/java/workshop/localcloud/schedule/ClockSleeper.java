package workshop.localcloud.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The production {@link Sleeper}: waits until a {@link Clock} reaches the deadline. */
public final class ClockSleeper implements Sleeper {

    /**
     * The longest single wait. The JVM times waits on a clock that stops while a laptop sleeps, so a
     * long wait would end late after the lid is opened again; waking now and then to look at the
     * wall clock bounds that lateness to a few seconds.
     */
    private static final Duration MAX_SINGLE_WAIT = Duration.ofSeconds(5);

    private final Clock clock;
    private boolean wakeUpPending; // guarded by this

    public ClockSleeper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleepUntil(Instant deadline) throws InterruptedException {
        try {
            while (!wakeUpPending) {
                Duration wait = deadline == null ? MAX_SINGLE_WAIT : Duration.between(clock.instant(), deadline);
                if (wait.isNegative() || wait.isZero()) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, min(wait, MAX_SINGLE_WAIT).toNanos());
            }
        } finally {
            // Whatever ended the sleep, the caller now looks at everything afresh: one wake-up is enough.
            wakeUpPending = false;
        }
    }

    @Override
    public synchronized void wakeUp() {
        wakeUpPending = true;
        notifyAll();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
