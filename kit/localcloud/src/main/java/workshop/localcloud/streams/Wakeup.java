package workshop.localcloud.streams;

import java.time.Duration;

/**
 * Lets a poller sleep until new records may be there. Writers call {@link #signal()}; a poller that
 * found nothing calls {@link #await}, which returns at once if anything was signalled since the
 * poller last looked. So a record reaches its consumer in milliseconds instead of after a polling
 * interval, and an idle poller costs nothing.
 */
public final class Wakeup {

    private long generation;

    public synchronized void signal() {
        generation++;
        notifyAll();
    }

    /** The current generation: pass it to {@link #await} after looking for work. */
    public synchronized long generation() {
        return generation;
    }

    /** Waits until something is signalled after {@code seenGeneration}, or the timeout passes. */
    public synchronized void await(long seenGeneration, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (generation == seenGeneration) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
