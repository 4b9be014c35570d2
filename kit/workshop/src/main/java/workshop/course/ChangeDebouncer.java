package workshop.course;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a burst of file events into one verify. An editor's save is often several events (a temporary
 * file, a rename, a modification; "save all" touches several files): verifying on the first would
 * compile a half-written project and verify again a moment later. So a change only arms the debouncer;
 * it fires once the files have been quiet for {@code quiet}.
 *
 * <p>It is given the time rather than reading a clock, so its rule is tested without waiting.
 */
public final class ChangeDebouncer {

    private final Duration quiet;
    private Instant lastChange;

    public ChangeDebouncer(Duration quiet) {
        this.quiet = quiet;
    }

    /** A relevant file changed at {@code now}. */
    public void changed(Instant now) {
        lastChange = now;
    }

    /** How long to wait for more events before firing; empty when nothing is pending (wait for a change). */
    public Optional<Duration> waitTime(Instant now) {
        if (lastChange == null) {
            return Optional.empty();
        }
        Duration left = quiet.minus(Duration.between(lastChange, now));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** True once per burst: when a change is pending and the files have been quiet long enough. */
    public boolean fire(Instant now) {
        if (lastChange != null && !now.isBefore(lastChange.plus(quiet))) {
            lastChange = null;
            return true;
        }
        return false;
    }
}
