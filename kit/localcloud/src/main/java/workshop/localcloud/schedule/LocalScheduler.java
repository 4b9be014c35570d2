package workshop.localcloud.schedule;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Fires schedules on time, in this JVM: the local stand-in for EventBridge's scheduled rules.
 *
 * <p>One daemon thread sleeps until the earliest fire time, calls every schedule that is due (on that
 * thread, one after the other) and sleeps again. {@link #fireNow(String)} calls a schedule at once on
 * the caller's thread, so a class or a test never waits a minute for {@code rate(1 minute)}.
 *
 * <pre>{@code
 * try (LocalScheduler scheduler = LocalScheduler.onSystemClock()) {
 *     scheduler.add("report", ScheduleExpression.parse("rate(1 minute)"), true, time -> ...);
 *     scheduler.fireNow("report");
 * }
 * }</pre>
 */
public final class LocalScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalScheduler.class.getName());

    /** How long {@link #close()} lets a running callback finish before interrupting it. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Object lock = new Object();
    private final Map<String, RegisteredSchedule> schedules = new LinkedHashMap<>(); // guarded by lock
    private boolean closed; // guarded by lock
    private final Thread timer;

    /** A scheduler on the real UTC clock. */
    public static LocalScheduler onSystemClock() {
        Clock clock = Clock.systemUTC();
        return new LocalScheduler(clock, new ClockSleeper(clock));
    }

    /**
     * @param clock   tells the time: fire times, and the time given by {@link #fireNow(String)}
     * @param sleeper waits for that clock to reach a fire time; tests pass one they move by hand
     */
    public LocalScheduler(Clock clock, Sleeper sleeper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.timer = new Thread(this::runTimer, "local-cloud-schedule-timer");
        // A forgotten close() must not keep the JVM alive after main ends.
        timer.setDaemon(true);
        timer.start();
    }

    /**
     * Registers a schedule. An enabled one first fires at the expression's next fire time after now
     * (for a rate, one period from now, as EventBridge does); a disabled one never fires on the timer
     * but can still be fired with {@link #fireNow(String)}.
     *
     * @param fire called with the scheduled time of each fire. If it throws, the error is logged and
     *             the schedule keeps its later fires.
     * @throws IllegalArgumentException if a schedule of that name exists
     */
    public void add(String scheduleName, ScheduleExpression expression, boolean enabled, Consumer<Instant> fire) {
        Objects.requireNonNull(scheduleName, "scheduleName");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(fire, "fire");
        synchronized (lock) {
            ensureOpen();
            if (schedules.containsKey(scheduleName)) {
                throw new IllegalArgumentException("A schedule named \"" + scheduleName + "\" already exists; names must be unique");
            }
            schedules.put(scheduleName, new RegisteredSchedule(scheduleName, expression, enabled, fire, clock.instant()));
        }
        // The new schedule may be due before the time the timer is sleeping until.
        sleeper.wakeUp();
    }

    /**
     * Fires a schedule now, on the calling thread, enabled or not, with the current time (whole
     * seconds) as its scheduled time. The timer's next fire stays where it was: this is an extra
     * fire, as when one tests a rule in the console. An exception from the callback reaches the caller.
     *
     * @return the scheduled time the callback was given
     * @throws IllegalArgumentException if no schedule has that name
     */
    public Instant fireNow(String scheduleName) {
        RegisteredSchedule schedule;
        synchronized (lock) {
            ensureOpen();
            schedule = schedules.get(scheduleName);
            if (schedule == null) {
                throw new IllegalArgumentException(
                        "No schedule named \"" + scheduleName + "\"; known schedules: " + schedules.keySet());
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        schedule.fire(now);
        return now;
    }

    /** Every schedule, in the order they were added, with its next fire time. */
    public List<ScheduleInfo> list() {
        synchronized (lock) {
            return schedules.values().stream().map(RegisteredSchedule::info).toList();
        }
    }

    /**
     * Stops the timer: no schedule fires after this returns. A callback that is running gets a short
     * grace period to finish, then is interrupted. Calling it again does nothing.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        sleeper.wakeUp();
        if (Thread.currentThread() == timer) {
            return; // closed from inside a callback: the timer ends when that callback returns
        }
        try {
            timer.join(CLOSE_GRACE.toMillis());
            if (timer.isAlive()) {
                timer.interrupt();
                timer.join(CLOSE_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The scheduler is closed");
        }
    }

    /** The timer thread: fire what is due, sleep until the next fire time, repeat until closed. */
    private void runTimer() {
        try {
            while (true) {
                List<DueFire> dueFires;
                Instant wakeAt;
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    dueFires = takeDueFires(clock.instant());
                    wakeAt = earliestNextFireTime();
                }
                // Outside the lock: a slow function must not block list(), add() or fireNow().
                for (DueFire dueFire : dueFires) {
                    if (isClosed()) {
                        return;
                    }
                    dueFire.fireAndLogFailure();
                }
                if (dueFires.isEmpty()) {
                    sleeper.sleepUntil(wakeAt);
                }
            }
        } catch (InterruptedException e) {
            // Only close() interrupts this thread, and only when a callback did not finish in time.
            Thread.currentThread().interrupt();
        }
    }

    private List<DueFire> takeDueFires(Instant now) {
        List<DueFire> due = new ArrayList<>();
        for (RegisteredSchedule schedule : schedules.values()) {
            if (schedule.isDue(now)) {
                due.add(new DueFire(schedule, schedule.takeDueFireTime(now)));
            }
        }
        return due;
    }

    /** The earliest time any schedule is due, or null when none will fire (the timer sleeps until woken). */
    private Instant earliestNextFireTime() {
        return schedules.values().stream()
                .flatMap(schedule -> schedule.nextFireTime().stream())
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** A schedule taken off the timer's list for one fire at {@code scheduledTime}. */
    private record DueFire(RegisteredSchedule schedule, Instant scheduledTime) {

        void fireAndLogFailure() {
            try {
                schedule.fire(scheduledTime);
            } catch (RuntimeException e) {
                // One failing function must not stop the clock for the others, nor for its own later fires.
                LOG.log(Level.WARNING, "Schedule \"" + schedule.name() + "\" failed at " + scheduledTime, e);
            }
        }
    }
}
