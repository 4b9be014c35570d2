package workshop.localcloud.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)}, always in UTC, as EventBridge reads it.
 *
 * <p>Beyond Unix cron it has a Year field, {@code ?} ("no constraint"), {@code L} (last), {@code W}
 * (nearest weekday) and {@code #} (n-th day of the week in the month). EventBridge does not let an
 * expression constrain both Day-of-month and Day-of-week: one of them must be {@code ?}.
 */
public final class CronExpression implements ScheduleExpression {

    private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d+)W");
    private static final Pattern LAST_DAY_OF_WEEK = Pattern.compile("(\\w+)L");
    private static final Pattern NTH_DAY_OF_WEEK = Pattern.compile("(\\w+)#(\\d+)");

    private final String text;
    private final BitSet minutes;
    private final BitSet hours;
    private final DayRule days;
    private final BitSet months;
    private final BitSet years;

    private CronExpression(String text, BitSet minutes, BitSet hours, DayRule days, BitSet months, BitSet years) {
        this.text = text;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
    }

    /** Parses {@code cron(...)} with its six fields. */
    static CronExpression parse(String text) {
        if (!text.startsWith("cron(") || !text.endsWith(")")) {
            throw ScheduleExpression.invalid(text, "a cron expression is written cron(Minutes Hours Day-of-month Month Day-of-week Year)");
        }
        String inside = text.substring("cron(".length(), text.length() - 1).trim();
        String[] fields = inside.isEmpty() ? new String[0] : inside.split("\\s+");
        if (fields.length != 6) {
            throw ScheduleExpression.invalid(text, "a cron expression has 6 fields "
                    + "(Minutes Hours Day-of-month Month Day-of-week Year), found " + fields.length);
        }
        String dayOfMonth = fields[2];
        String dayOfWeek = fields[4];
        return new CronExpression(text,
                values(text, CronField.MINUTES, fields[0]),
                values(text, CronField.HOURS, fields[1]),
                dayRule(text, dayOfMonth, dayOfWeek),
                values(text, CronField.MONTH, fields[3]),
                values(text, CronField.YEAR, fields[5]));
    }

    private static BitSet values(String text, CronField field, String token) {
        if (token.contains("?")) {
            throw fieldError(text, field, token, "? is only allowed in Day-of-month or Day-of-week");
        }
        try {
            return CronValues.parse(field, token);
        } catch (IllegalArgumentException e) {
            throw fieldError(text, field, token, e.getMessage());
        }
    }

    /** Applies EventBridge's rule that exactly one day field is {@code ?}, then reads the other one. */
    private static DayRule dayRule(String text, String dayOfMonth, String dayOfWeek) {
        boolean anyDayOfMonth = dayOfMonth.equals("?");
        boolean anyDayOfWeek = dayOfWeek.equals("?");
        if (!anyDayOfMonth && !anyDayOfWeek) {
            throw ScheduleExpression.invalid(text, "Day-of-month \"" + dayOfMonth + "\" and Day-of-week \"" + dayOfWeek
                    + "\" are both specified; EventBridge needs ? in one of them, e.g. cron(0 12 * * ? *)");
        }
        if (anyDayOfMonth && anyDayOfWeek) {
            throw ScheduleExpression.invalid(text, "Day-of-month and Day-of-week are both ?; "
                    + "specify one of them, e.g. * in Day-of-month for every day");
        }
        try {
            return anyDayOfWeek ? dayOfMonthRule(dayOfMonth) : dayOfWeekRule(dayOfWeek);
        } catch (IllegalArgumentException e) {
            CronField field = anyDayOfWeek ? CronField.DAY_OF_MONTH : CronField.DAY_OF_WEEK;
            throw fieldError(text, field, anyDayOfWeek ? dayOfMonth : dayOfWeek, e.getMessage());
        }
    }

    /** Day-of-month: {@code L}, {@code 15W}, or values such as {@code 1,15} or {@code *}. */
    private static DayRule dayOfMonthRule(String token) {
        if (token.equals("L")) {
            return new DayRule.LastDayOfMonth();
        }
        Matcher nearestWeekday = NEAREST_WEEKDAY.matcher(token);
        if (nearestWeekday.matches()) {
            return new DayRule.NearestWeekday(CronField.DAY_OF_MONTH.parseValue(nearestWeekday.group(1)));
        }
        if (token.equals("LW") || token.startsWith("L-")) {
            throw new IllegalArgumentException(token + " is not supported (EventBridge documents only L and nW)");
        }
        if (token.contains("L")) {
            throw new IllegalArgumentException("L (last day of the month) must stand alone");
        }
        if (token.contains("W")) {
            throw new IllegalArgumentException("W follows a single day, e.g. 15W for the weekday nearest the 15th");
        }
        if (token.contains("#")) {
            throw new IllegalArgumentException("# is only allowed in Day-of-week");
        }
        return new DayRule.DaysOfMonth(CronValues.parse(CronField.DAY_OF_MONTH, token));
    }

    /** Day-of-week: {@code L}, {@code 6L}, {@code 3#2}, or values such as {@code MON-FRI}. */
    private static DayRule dayOfWeekRule(String token) {
        if (token.contains("#") && token.contains(",")) {
            throw new IllegalArgumentException("with # the field holds a single expression, e.g. 3#2; a list is not allowed");
        }
        Matcher nth = NTH_DAY_OF_WEEK.matcher(token);
        if (nth.matches()) {
            String occurrence = nth.group(2);
            if (!occurrence.matches("[1-5]")) {
                throw new IllegalArgumentException(
                        "the number after # must be 1-5 (a month has at most five of each day), found " + occurrence);
            }
            int day = CronField.DAY_OF_WEEK.parseValue(nth.group(1));
            return new DayRule.NthDayOfWeekInMonth(day, Integer.parseInt(occurrence));
        }
        if (token.equals("L")) {
            // Alone, L is the last day of the week: Saturday.
            return new DayRule.DaysOfWeek(CronValues.parse(CronField.DAY_OF_WEEK, "7"));
        }
        Matcher last = LAST_DAY_OF_WEEK.matcher(token);
        if (last.matches()) {
            return new DayRule.LastDayOfWeekInMonth(CronField.DAY_OF_WEEK.parseValue(last.group(1)));
        }
        if (token.contains("#")) {
            throw new IllegalArgumentException("# is written day#n, e.g. 3#2 for the second Tuesday");
        }
        if (token.contains("L")) {
            throw new IllegalArgumentException("L stands alone (Saturday) or follows one day, e.g. 6L for the last Friday");
        }
        if (token.contains("W")) {
            throw new IllegalArgumentException("W is only allowed in Day-of-month");
        }
        return new DayRule.DaysOfWeek(CronValues.parse(CronField.DAY_OF_WEEK, token));
    }

    private static IllegalArgumentException fieldError(String text, CronField field, String token, String reason) {
        return ScheduleExpression.invalid(text, field.displayName() + " field \"" + token + "\": " + reason);
    }

    /**
     * Walks forward from the minute after {@code after}, skipping a whole year, month, day or hour as
     * soon as it cannot match. Each step moves at most one unit, so the search is short even for
     * rare dates such as 29 February, and ends after 2199, the last year EventBridge accepts.
     */
    @Override
    public Optional<Instant> nextFireTime(Instant after) {
        LocalDateTime candidate = LocalDateTime.ofInstant(after, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        while (candidate.getYear() <= CronField.YEAR.max()) {
            if (!years.get(candidate.getYear())) {
                int nextYear = years.nextSetBit(candidate.getYear());
                if (nextYear < 0) {
                    return Optional.empty();
                }
                candidate = LocalDate.of(nextYear, 1, 1).atStartOfDay();
            } else if (!months.get(candidate.getMonthValue())) {
                candidate = candidate.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!days.matches(candidate.toLocalDate())) {
                candidate = candidate.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hours.get(candidate.getHour())) {
                candidate = candidate.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(candidate.getMinute())) {
                candidate = candidate.plusMinutes(1);
            } else {
                return Optional.of(candidate.toInstant(ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression cron && cron.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
