package workshop.course;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code ./workshop watch}'s loop: wait for changes, let a burst of them settle ({@link ChangeDebouncer}),
 * then verify once. The file events come through {@link Changes} and the time from a {@link Clock},
 * so the rule is tested with scripted events and a fake clock, without waiting.
 */
public final class WatchLoop {

    /** Where changes come from. */
    public interface Changes {

        /**
         * Waits for file events, at most {@code timeout} (forever when empty).
         *
         * @return how many relevant changes arrived (0 when the time ran out)
         */
        int await(Optional<Duration> timeout) throws InterruptedException;
    }

    private final Changes changes;
    private final ChangeDebouncer debouncer;
    private final Clock clock;
    private final Runnable verify;

    public WatchLoop(Changes changes, ChangeDebouncer debouncer, Clock clock, Runnable verify) {
        this.changes = changes;
        this.debouncer = debouncer;
        this.clock = clock;
        this.verify = verify;
    }

    /** Waits for the next burst of changes and verifies once it has settled; returns after that verify. */
    public void awaitAndVerify() throws InterruptedException {
        while (true) {
            int changed = changes.await(debouncer.waitTime(clock.instant()));
            if (changed > 0) {
                debouncer.changed(clock.instant());
            }
            if (debouncer.fire(clock.instant())) {
                verify.run();
                return;
            }
        }
    }
}
