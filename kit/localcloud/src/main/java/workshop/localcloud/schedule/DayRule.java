package workshop.localcloud.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;

/**
 * Which days of a month a cron expression fires on. EventBridge lets an expression constrain either
 * Day-of-month or Day-of-week (the other one is {@code ?}), so exactly one of these rules applies.
 */
sealed interface DayRule {

    boolean matches(LocalDate date);

    /** {@code 1,15} or {@code 1-7} or {@code *} in Day-of-month. */
    record DaysOfMonth(BitSet days) implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            return days.get(date.getDayOfMonth());
        }
    }

    /** {@code L} in Day-of-month: the last day of the month, whatever its length. */
    record LastDayOfMonth() implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            return date.getDayOfMonth() == date.lengthOfMonth();
        }
    }

    /**
     * {@code 15W} in Day-of-month: the weekday (Monday to Friday) nearest the 15th. It never leaves
     * the month: {@code 1W} on a Saturday the 1st is Monday the 3rd, not Friday of the month before.
     * A month without that day (the 31st of April) has no fire, as a plain {@code 31} would not.
     */
    record NearestWeekday(int dayOfMonth) implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            YearMonth month = YearMonth.from(date);
            return month.isValidDay(dayOfMonth) && date.equals(nearestWeekdayIn(month));
        }

        private LocalDate nearestWeekdayIn(YearMonth month) {
            LocalDate day = month.atDay(dayOfMonth);
            return switch (day.getDayOfWeek()) {
                case SATURDAY -> dayOfMonth == 1 ? day.plusDays(2) : day.minusDays(1);
                case SUNDAY -> dayOfMonth == month.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
                default -> day;
            };
        }
    }

    /** {@code MON-FRI}, {@code 1,7} or {@code *} in Day-of-week (1 = Sunday ... 7 = Saturday). */
    record DaysOfWeek(BitSet cronDays) implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            return cronDays.get(cronNumber(date.getDayOfWeek()));
        }
    }

    /** {@code 6L} in Day-of-week: the last Friday (6) of the month. */
    record LastDayOfWeekInMonth(int cronDay) implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            return date.equals(date.with(TemporalAdjusters.lastInMonth(javaDayOfWeek(cronDay))));
        }
    }

    /**
     * {@code 3#2} in Day-of-week: the second Tuesday (3) of the month. A month without a fifth
     * such day has no fire for {@code #5}.
     */
    record NthDayOfWeekInMonth(int cronDay, int occurrence) implements DayRule {
        @Override
        public boolean matches(LocalDate date) {
            return date.getDayOfWeek() == javaDayOfWeek(cronDay)
                    && (date.getDayOfMonth() - 1) / 7 + 1 == occurrence;
        }
    }

    /**
     * Cron counts 1 = Sunday ... 7 = Saturday; {@link DayOfWeek} counts 1 = Monday ... 7 = Sunday.
     * Every conversion between the two goes through these two methods.
     */
    static int cronNumber(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    static DayOfWeek javaDayOfWeek(int cronNumber) {
        return DayOfWeek.of((cronNumber + 5) % 7 + 1);
    }
}
