package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** watch's rules, with scripted file events and a clock that moves only when the test says so. */
class WatchTest {

    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void theDebouncerFiresOnceWhenABurstHasSettled() {
        ChangeDebouncer debouncer = new ChangeDebouncer(QUIET);
        assertThat(debouncer.waitTime(T0)).isEmpty();
        assertThat(debouncer.fire(T0)).isFalse();

        debouncer.changed(T0);
        debouncer.changed(T0.plusMillis(100));

        assertThat(debouncer.waitTime(T0.plusMillis(200))).contains(Duration.ofMillis(200));
        assertThat(debouncer.fire(T0.plusMillis(399))).isFalse();
        assertThat(debouncer.fire(T0.plusMillis(400))).isTrue();
        assertThat(debouncer.fire(T0.plusMillis(900))).as("once per burst").isFalse();
        assertThat(debouncer.waitTime(T0.plusMillis(900))).isEmpty();
    }

    @Test
    void aBurstOfSavesGivesOneVerifyAfterTheQuietTime() throws InterruptedException {
        MutableClock clock = new MutableClock();
        List<Instant> verifies = new ArrayList<>();
        // Three events 100 ms apart (an editor saving several files), then quiet.
        ScriptedChanges changes = new ScriptedChanges(clock)
                .event(Duration.ZERO).event(Duration.ofMillis(100)).event(Duration.ofMillis(100));
        WatchLoop loop = new WatchLoop(changes, new ChangeDebouncer(QUIET), clock, () -> verifies.add(clock.instant()));

        loop.awaitAndVerify();

        assertThat(verifies).containsExactly(T0.plusMillis(200 + 300));
        assertThat(changes.waits).as("waited for the first change without a limit, then for the quiet time")
                .startsWith(Optional.empty()).contains(Optional.of(QUIET));
    }

    @Test
    void irrelevantEventsDoNotVerify() throws InterruptedException {
        MutableClock clock = new MutableClock();
        List<Instant> verifies = new ArrayList<>();
        ScriptedChanges changes = new ScriptedChanges(clock).nothing(Duration.ofSeconds(5)).event(Duration.ofSeconds(1));
        WatchLoop loop = new WatchLoop(changes, new ChangeDebouncer(QUIET), clock, () -> verifies.add(clock.instant()));

        loop.awaitAndVerify();

        assertThat(verifies).containsExactly(T0.plusSeconds(6).plus(QUIET));
    }

    @Test
    void onlySourcesResourcesAndServerlessYmlCount() {
        assertThat(WatchedPaths.isRelevant(Path.of("src/main/java/workshop/movies/MovieTable.java"))).isTrue();
        assertThat(WatchedPaths.isRelevant(Path.of("src/test/resources/events/x.json"))).isTrue();
        assertThat(WatchedPaths.isRelevant(Path.of("serverless.yml"))).isTrue();
        assertThat(WatchedPaths.isRelevant(Path.of("target/workshop/classes/A.class"))).isFalse();
        assertThat(WatchedPaths.isRelevant(Path.of("pom.xml"))).isFalse();
        assertThat(WatchedPaths.isRelevant(Path.of("src/main/java/workshop/movies/.MovieTable.java.swp"))).isFalse();
        assertThat(WatchedPaths.isRelevant(Path.of("src/main/java/workshop/movies/MovieTable.java~"))).isFalse();
        assertThat(WatchedPaths.isRelevant(Path.of("src/main/java/workshop/movies/.#MovieTable.java"))).isFalse();
        assertThat(WatchedPaths.isRelevant(Path.of("src/main/java/4913"))).isFalse();
    }

    /** A clock the scripted changes move forward. */
    private static final class MutableClock extends Clock {

        private Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /**
     * Events at scripted moments: each await moves the clock to the next event if it comes within the
     * timeout, else by the timeout (nothing came). After the script, nothing ever comes.
     */
    private static final class ScriptedChanges implements WatchLoop.Changes {

        private final MutableClock clock;
        private final Deque<Instant> events = new ArrayDeque<>();
        private final Deque<Boolean> relevant = new ArrayDeque<>();
        private final List<Optional<Duration>> waits = new ArrayList<>();
        private Instant last = T0;

        ScriptedChanges(MutableClock clock) {
            this.clock = clock;
        }

        ScriptedChanges event(Duration after) {
            return add(after, true);
        }

        ScriptedChanges nothing(Duration after) {
            return add(after, false);
        }

        private ScriptedChanges add(Duration after, boolean counts) {
            last = last.plus(after);
            events.add(last);
            relevant.add(counts);
            return this;
        }

        @Override
        public int await(Optional<Duration> timeout) {
            waits.add(timeout);
            Instant next = events.peek();
            if (next != null && (timeout.isEmpty() || !next.isAfter(clock.now.plus(timeout.get())))) {
                clock.now = events.poll();
                return relevant.poll() ? 1 : 0;
            }
            if (timeout.isEmpty()) {
                throw new IllegalStateException("would wait forever: the script has no more events");
            }
            clock.now = clock.now.plus(timeout.get());
            return 0;
        }
    }
}
