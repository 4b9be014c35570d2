package workshop.localcloud.schedule;

import java.time.Instant;

/**
 * How the scheduler's thread waits for its next fire time.
 *
 * <p>It is an interface so that tests can drive time by hand: a test's sleeper returns when the test
 * moves its clock forward, so a one-minute schedule fires without anybody waiting a minute. In
 * production {@link ClockSleeper} waits on the real clock.
 */
public interface Sleeper {

    /**
     * Blocks until the clock reaches {@code deadline}, or until {@link #wakeUp()} is called, whichever
     * comes first. With a null deadline it waits for {@link #wakeUp()} alone. It may also return
     * early for no reason: callers re-check the time and their state after every return.
     */
    void sleepUntil(Instant deadline) throws InterruptedException;

    /**
     * Ends the current {@link #sleepUntil}, or, if nobody sleeps right now, makes the next one return
     * at once. The scheduler calls it when something changed (a schedule added, a close) so that it
     * never sleeps past a fire time it did not know about yet.
     */
    void wakeUp();
}
