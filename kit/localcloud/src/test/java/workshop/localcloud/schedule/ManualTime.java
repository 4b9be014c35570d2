package workshop.localcloud.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves when the test says so, and the {@link Sleeper} that goes with it: a sleeper
 * wakes up when {@link #advance(Duration)} reaches its deadline, so nothing in the test waits in real time.
 */
final class ManualTime extends Clock implements Sleeper {

    private Instant now; // guarded by this
    private boolean wakeUpPending; // guarded by this

    ManualTime(Instant start) {
        this.now = start;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
        notifyAll();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleepUntil(Instant deadline) throws InterruptedException {
        while (!wakeUpPending && (deadline == null || now.isBefore(deadline))) {
            wait();
        }
        wakeUpPending = false;
    }

    @Override
    public synchronized void wakeUp() {
        wakeUpPending = true;
        notifyAll();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualTime is always UTC, like EventBridge schedules");
    }
}
