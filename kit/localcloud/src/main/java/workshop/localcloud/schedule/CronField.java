package workshop.localcloud.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The six fields of an EventBridge cron expression, in order, with the values each one allows.
 *
 * <p>Unlike Unix cron there is a Year field, and days of the week count from 1 = Sunday to
 * 7 = Saturday (Unix cron uses 0 = Sunday).
 */
enum CronField {
    MINUTES("Minutes", 0, 59),
    HOURS("Hours", 0, 23),
    DAY_OF_MONTH("Day-of-month", 1, 31),
    MONTH("Month", 1, 12, "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
    DAY_OF_WEEK("Day-of-week", 1, 7, "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"),
    YEAR("Year", 1970, 2199);

    private final String displayName;
    private final int min;
    private final int max;
    /** Names of the values from {@link #min} on, e.g. JAN = 1; empty when the field has no names. */
    private final List<String> names;

    CronField(String displayName, int min, int max, String... names) {
        this.displayName = displayName;
        this.min = min;
        this.max = max;
        this.names = List.of(names);
    }

    /** The field's name as the EventBridge documentation writes it, e.g. {@code Day-of-month}. */
    String displayName() {
        return displayName;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** How many values the field has, e.g. 60 for minutes. */
    int size() {
        return max - min + 1;
    }

    /**
     * Whether a range may run past the end back to the start, e.g. hours {@code 22-2} (22, 23, 0, 1, 2)
     * or days {@code FRI-MON}. Years do not come round again.
     */
    boolean wrapsAround() {
        return this != YEAR;
    }

    /** EventBridge documents increments ({@code /}) for every field except Day-of-week. */
    boolean allowsIncrements() {
        return this != DAY_OF_WEEK;
    }

    /** Reads one value: a number, or a name such as {@code JAN} or {@code MON} (any letter case). */
    int parseValue(String text) {
        if (text.matches("\\d+")) {
            int value = parseNumber(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(text + " is outside " + min + "-" + max);
            }
            return value;
        }
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (index >= 0) {
            return min + index;
        }
        throw new IllegalArgumentException("\"" + text + "\" is not " + whatIsExpected());
    }

    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            // Only reached by absurdly long numbers; report them like any other out-of-range value.
            return Integer.MAX_VALUE;
        }
    }

    private String whatIsExpected() {
        String numbers = "a number " + min + "-" + max;
        return names.isEmpty() ? numbers : numbers + " or a name " + names.get(0) + "-" + names.get(names.size() - 1);
    }
}
