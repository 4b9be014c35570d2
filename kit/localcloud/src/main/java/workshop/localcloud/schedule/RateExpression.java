package workshop.localcloud.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code rate(value unit)}: fires every {@code value} minutes, hours or days.
 *
 * <p>EventBridge starts counting when the rule is created and first fires about one period later, so
 * {@link #nextFireTime(Instant)} is simply {@code after + period}: called with the creation time it
 * gives the first fire, called with a fire time it gives the one after.
 *
 * @param value a positive whole number
 * @param unit  minutes, hours or days
 */
public record RateExpression(int value, Unit unit) implements ScheduleExpression {

    /** The units EventBridge accepts; the word is singular for 1 and plural otherwise, as AWS requires. */
    public enum Unit {
        MINUTE("minute", "minutes", Duration.ofMinutes(1)),
        HOUR("hour", "hours", Duration.ofHours(1)),
        DAY("day", "days", Duration.ofDays(1));

        private final String singular;
        private final String plural;
        private final Duration length;

        Unit(String singular, String plural, Duration length) {
            this.singular = singular;
            this.plural = plural;
            this.length = length;
        }

        /** The word EventBridge expects after {@code value}: {@code minute} for 1, {@code minutes} otherwise. */
        public String word(int value) {
            return value == 1 ? singular : plural;
        }
    }

    public RateExpression {
        if (value < 1) {
            throw new IllegalArgumentException("A rate must be at least 1, was " + value);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A rate needs a unit");
        }
    }

    /** Parses {@code rate(value unit)}, e.g. {@code rate(1 minute)} or {@code rate(5 minutes)}. */
    static RateExpression parse(String text) {
        if (!text.startsWith("rate(") || !text.endsWith(")")) {
            throw ScheduleExpression.invalid(text, "a rate is written rate(value unit), e.g. rate(5 minutes)");
        }
        String inside = text.substring("rate(".length(), text.length() - 1).trim();
        String[] parts = inside.split("\\s+");
        if (parts.length != 2) {
            throw ScheduleExpression.invalid(text,
                    "a rate has two fields, value and unit, e.g. rate(5 minutes); found " + (inside.isEmpty() ? 0 : parts.length));
        }
        int value = parseValue(text, parts[0]);
        Unit unit = parseUnit(text, value, parts[1]);
        return new RateExpression(value, unit);
    }

    private static int parseValue(String text, String value) {
        if (!value.matches("\\d+")) {
            throw ScheduleExpression.invalid(text, "the value must be a positive whole number, found \"" + value + "\"");
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException tooLarge) {
            throw ScheduleExpression.invalid(text, "the value " + value + " is too large");
        }
        if (parsed == 0) {
            throw ScheduleExpression.invalid(text, "the value must be a positive whole number, found 0");
        }
        return parsed;
    }

    private static Unit parseUnit(String text, int value, String word) {
        for (Unit unit : Unit.values()) {
            if (word.equals(unit.word(value))) {
                return unit;
            }
            // EventBridge refuses "rate(1 minutes)" and "rate(5 minute)": say which form it wants.
            if (word.equals(unit.singular) || word.equals(unit.plural)) {
                String rule = value == 1 ? "the unit must be singular when the value is 1"
                                         : "the unit must be plural when the value is greater than 1";
                throw ScheduleExpression.invalid(text, rule + ": write rate(" + value + " " + unit.word(value) + ")");
            }
        }
        throw ScheduleExpression.invalid(text,
                "the unit must be one of minute, minutes, hour, hours, day, days; found \"" + word + "\"");
    }

    /** How long one period is. */
    public Duration period() {
        return unit.length.multipliedBy(value);
    }

    @Override
    public Optional<Instant> nextFireTime(Instant after) {
        // Whole seconds, because the scheduled event's "time" has no fraction of a second.
        return Optional.of(after.truncatedTo(ChronoUnit.SECONDS).plus(period()));
    }

    @Override
    public String text() {
        return "rate(" + value + " " + unit.word(value) + ")";
    }

    @Override
    public String toString() {
        return text();
    }
}
