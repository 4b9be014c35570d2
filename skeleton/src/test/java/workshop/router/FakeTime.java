package workshop.router;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told to, or when the code under test "sleeps": backoff in no time at all. */
final class FakeTime extends Clock implements KinesisStreamSink.Sleeper {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    FakeTime() {
        this(T0);
    }

    FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    List<Duration> sleeps() {
        return sleeps;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
