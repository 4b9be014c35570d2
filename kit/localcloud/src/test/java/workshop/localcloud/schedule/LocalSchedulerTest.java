package workshop.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on a {@link ManualTime}: the test moves the clock and the timer thread reacts. Waiting
 * for the timer is a bounded poll on a queue the callbacks fill, never a sleep.
 */
class LocalSchedulerTest {

    private static final Instant START = Instant.parse("2024-03-01T12:00:30Z");
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private final ManualTime time = new ManualTime(START);
    private final LocalScheduler scheduler = new LocalScheduler(time, time);

    @AfterEach
    void closeScheduler() {
        scheduler.close();
    }

    /** Fire times recorded by callbacks, in order. */
    private static final class Fires implements Consumer<Instant> {
        private final BlockingQueue<Instant> times = new LinkedBlockingQueue<>();

        @Override
        public void accept(Instant scheduledTime) {
            times.add(scheduledTime);
        }

        /** The next fire, waiting for the timer thread at most a few (real) seconds. */
        Instant next() throws InterruptedException {
            Instant fire = times.poll(5, TimeUnit.SECONDS);
            assertThat(fire).as("a fire within 5 seconds").isNotNull();
            return fire;
        }

        List<Instant> soFar() {
            return List.copyOf(times);
        }
    }

    private static ScheduleExpression expression(String text) {
        return ScheduleExpression.parse(text);
    }

    @Test
    void fireNowFiresAtOnceWithTheScheduledEventEventBridgeWouldSend() {
        List<ScheduledEvent> events = new CopyOnWriteArrayList<>();
        time.advance(Duration.ofMillis(250)); // fire-now times are whole seconds, like EventBridge's
        scheduler.add("report-every-minute", expression("rate(1 minute)"), true,
                scheduledTime -> events.add(ScheduledEvents.of("eu-west-1", "123456789012", "report-every-minute", scheduledTime)));

        Instant fired = scheduler.fireNow("report-every-minute");

        assertThat(fired).isEqualTo(START);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getTime()).isEqualTo(new DateTime(2024, 3, 1, 12, 0, 30, DateTimeZone.UTC));
            assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
            assertThat(event.getSource()).isEqualTo("aws.events");
            assertThat(event.getResources()).containsExactly("arn:aws:events:eu-west-1:123456789012:rule/report-every-minute");
        });
    }

    @Test
    void aRateFiresOnePeriodAfterItIsAddedAndEveryPeriodAfterThat() throws InterruptedException {
        Fires fires = new Fires();
        scheduler.add("tick", expression("rate(1 minute)"), true, fires);

        time.advance(ONE_MINUTE);
        assertThat(fires.next()).isEqualTo(START.plus(ONE_MINUTE));

        time.advance(ONE_MINUTE);
        assertThat(fires.next()).isEqualTo(START.plus(ONE_MINUTE.multipliedBy(2)));
    }

    @Test
    void aCronFiresAtItsCalendarTimes() throws InterruptedException {
        Fires fires = new Fires();
        scheduler.add("quarter-hours", expression("cron(0/15 * * * ? *)"), true, fires);

        assertThat(scheduler.list().get(0).nextFireTime()).contains(Instant.parse("2024-03-01T12:15:00Z"));
        time.advance(Duration.ofMinutes(15));

        assertThat(fires.next()).isEqualTo(Instant.parse("2024-03-01T12:15:00Z"));
        assertThat(scheduler.list().get(0).nextFireTime()).contains(Instant.parse("2024-03-01T12:30:00Z"));
    }

    @Test
    void fireNowDoesNotMoveTheNextRegularFire() throws InterruptedException {
        Fires fires = new Fires();
        scheduler.add("tick", expression("rate(1 minute)"), true, fires);
        time.advance(Duration.ofSeconds(20));

        scheduler.fireNow("tick");

        assertThat(fires.next()).isEqualTo(START.plusSeconds(20));
        assertThat(scheduler.list().get(0).nextFireTime()).contains(START.plus(ONE_MINUTE));
        time.advance(Duration.ofSeconds(40));
        assertThat(fires.next()).isEqualTo(START.plus(ONE_MINUTE));
    }

    @Test
    void aDisabledScheduleNeverFiresOnTheTimerButFiresNow() throws InterruptedException {
        Fires disabled = new Fires();
        Fires witness = new Fires();
        // Added first: the timer fires due schedules in the order they were added, so by the time the
        // witness has fired, the disabled schedule would have fired too if it were going to.
        scheduler.add("disabled", expression("rate(1 minute)"), false, disabled);
        scheduler.add("witness", expression("rate(1 minute)"), true, witness);

        time.advance(ONE_MINUTE);
        witness.next();

        assertThat(disabled.soFar()).isEmpty();
        assertThat(scheduler.list().get(0).nextFireTime()).isEmpty();
        scheduler.fireNow("disabled");
        assertThat(disabled.soFar()).containsExactly(START.plus(ONE_MINUTE));
    }

    @Test
    void aScheduleWhoseCallbackThrowsKeepsItsNextFires() throws InterruptedException {
        Fires fires = new Fires();
        scheduler.add("flaky", expression("rate(1 minute)"), true, scheduledTime -> {
            fires.accept(scheduledTime);
            throw new IllegalStateException("the function failed");
        });

        time.advance(ONE_MINUTE);
        assertThat(fires.next()).isEqualTo(START.plus(ONE_MINUTE));

        time.advance(ONE_MINUTE);
        assertThat(fires.next()).isEqualTo(START.plus(ONE_MINUTE.multipliedBy(2)));
    }

    @Test
    void missedFiresCollapseIntoOneForTheLatestTime() throws InterruptedException {
        Fires fires = new Fires();
        Fires witness = new Fires();
        scheduler.add("tick", expression("rate(1 minute)"), true, fires);
        scheduler.add("witness", expression("rate(10 minutes)"), true, witness);

        time.advance(Duration.ofMinutes(10)); // as if the laptop slept through nine fires
        witness.next();

        assertThat(fires.soFar()).containsExactly(START.plus(Duration.ofMinutes(10)));
        assertThat(scheduler.list().get(0).nextFireTime()).contains(START.plus(Duration.ofMinutes(11)));
    }

    @Test
    void aScheduleAddedLaterIsNotMissedByASleepingTimer() throws InterruptedException {
        Fires hourly = new Fires();
        Fires everyMinute = new Fires();
        scheduler.add("hourly", expression("rate(1 hour)"), true, hourly);
        // The timer now sleeps until the hourly fire; the new, earlier schedule must wake it.
        scheduler.add("every-minute", expression("rate(1 minute)"), true, everyMinute);

        time.advance(ONE_MINUTE);

        assertThat(everyMinute.next()).isEqualTo(START.plus(ONE_MINUTE));
    }

    @Test
    void listsNameExpressionEnabledAndNextFireTimeInTheOrderAdded() {
        scheduler.add("noon", expression("cron(0 12 * * ? *)"), true, t -> { });
        scheduler.add("paused", expression("rate(5 minutes)"), false, t -> { });
        scheduler.add("expired", expression("cron(15 10 ? * 6L 2019-2022)"), true, t -> { });

        assertThat(scheduler.list()).containsExactly(
                new ScheduleInfo("noon", expression("cron(0 12 * * ? *)"), true,
                        Optional.of(Instant.parse("2024-03-02T12:00:00Z"))),
                new ScheduleInfo("paused", expression("rate(5 minutes)"), false, Optional.empty()),
                new ScheduleInfo("expired", expression("cron(15 10 ? * 6L 2019-2022)"), true, Optional.empty()));
    }

    @Test
    void namesAreUnique() {
        scheduler.add("tick", expression("rate(1 minute)"), true, t -> { });

        assertThatThrownBy(() -> scheduler.add("tick", expression("rate(5 minutes)"), true, t -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"tick\" already exists");
    }

    @Test
    void fireNowOfAnUnknownScheduleSaysWhichOnesExist() {
        scheduler.add("tick", expression("rate(1 minute)"), true, t -> { });

        assertThatThrownBy(() -> scheduler.fireNow("tock"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No schedule named \"tock\"; known schedules: [tick]");
    }

    @Test
    void fireNowPassesTheCallbacksExceptionToTheCaller() {
        scheduler.add("broken", expression("rate(1 minute)"), true, t -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> scheduler.fireNow("broken")).hasMessage("boom");
    }

    @Test
    void firesOnOneNamedDaemonThread() throws InterruptedException {
        AtomicReference<Thread> firingThread = new AtomicReference<>();
        Fires fires = new Fires();
        scheduler.add("tick", expression("rate(1 minute)"), true, scheduledTime -> {
            firingThread.set(Thread.currentThread());
            fires.accept(scheduledTime);
        });

        time.advance(ONE_MINUTE);
        fires.next();

        assertThat(firingThread.get().getName()).isEqualTo("local-cloud-schedule-timer");
        assertThat(firingThread.get().isDaemon()).isTrue();
    }

    @Test
    void closeStopsTheTimerThreadAndNothingFiresAfterwards() throws InterruptedException {
        AtomicReference<Thread> timerThread = new AtomicReference<>();
        Fires fires = new Fires();
        scheduler.add("tick", expression("rate(1 minute)"), true, scheduledTime -> {
            timerThread.set(Thread.currentThread());
            fires.accept(scheduledTime);
        });
        time.advance(ONE_MINUTE);
        fires.next();

        scheduler.close();

        assertThat(timerThread.get().isAlive()).as("timer thread alive after close").isFalse();
        time.advance(ONE_MINUTE);
        assertThat(fires.soFar()).isEmpty();
        assertThatThrownBy(() -> scheduler.fireNow("tick")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> scheduler.add("tock", expression("rate(1 minute)"), true, t -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeIsPromptWhileTheTimerSleeps() {
        scheduler.add("yearly", expression("cron(0 0 1 1 ? *)"), true, t -> { });

        long startedNanos = System.nanoTime();
        scheduler.close();

        assertThat(Duration.ofNanos(System.nanoTime() - startedNanos)).isLessThan(Duration.ofSeconds(1));
    }
}
