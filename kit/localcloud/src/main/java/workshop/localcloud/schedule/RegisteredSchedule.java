package workshop.localcloud.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One schedule inside {@link LocalScheduler}: what it is, what to call, and when the timer calls it
 * next. Not thread-safe: the scheduler guards it with its own lock.
 */
final class RegisteredSchedule {

    private final String name;
    private final ScheduleExpression expression;
    private final boolean enabled;
    private final Consumer<Instant> fire;
    /** Null when disabled or when the expression will never fire again. */
    private Instant nextFireTime;

    RegisteredSchedule(String name, ScheduleExpression expression, boolean enabled, Consumer<Instant> fire, Instant now) {
        this.name = name;
        this.expression = expression;
        this.enabled = enabled;
        this.fire = fire;
        // A rate counts from now, like a rule EventBridge has just created; a cron looks from now on.
        this.nextFireTime = enabled ? expression.nextFireTime(now).orElse(null) : null;
    }

    String name() {
        return name;
    }

    Optional<Instant> nextFireTime() {
        return Optional.ofNullable(nextFireTime);
    }

    boolean isDue(Instant now) {
        return nextFireTime != null && !nextFireTime.isAfter(now);
    }

    /**
     * Moves the next fire time past {@code now} and returns the latest scheduled time it passed.
     * When the scheduler could not keep up (a laptop that slept through ten one-minute fires), the
     * missed fires collapse into one, for the most recent time, instead of a burst of ten.
     */
    Instant takeDueFireTime(Instant now) {
        Instant due = nextFireTime;
        Optional<Instant> next = expression.nextFireTime(due);
        while (next.isPresent() && !next.get().isAfter(now)) {
            due = next.get();
            next = expression.nextFireTime(due);
        }
        nextFireTime = next.orElse(null);
        return due;
    }

    void fire(Instant scheduledTime) {
        fire.accept(scheduledTime);
    }

    ScheduleInfo info() {
        return new ScheduleInfo(name, expression, enabled, nextFireTime());
    }
}
