package workshop.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronExpressionTest {

    private static Instant nextFire(String expression, String after) {
        return ScheduleExpression.parse(expression).nextFireTime(Instant.parse(after)).orElseThrow();
    }

    /** The first {@code count} fire times after {@code after}, each found from the one before. */
    private static List<Instant> fires(String expression, String after, int count) {
        ScheduleExpression cron = ScheduleExpression.parse(expression);
        List<Instant> fires = new ArrayList<>();
        Instant previous = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            previous = cron.nextFireTime(previous).orElseThrow();
            fires.add(previous);
        }
        return fires;
    }

    @Nested
    class NextFireTime {

        @ParameterizedTest(name = "{0} after {1} -> {2}")
        @CsvSource(delimiter = '|', value = {
                // every day at noon; strictly after: noon itself is not "next"
                "cron(0 12 * * ? *)           | 2024-01-31T11:59:59Z | 2024-01-31T12:00:00Z",
                "cron(0 12 * * ? *)           | 2024-01-31T12:00:00Z | 2024-02-01T12:00:00Z",
                "cron(0 12 * * ? *)           | 2024-12-31T12:00:00Z | 2025-01-01T12:00:00Z",
                // every 15 minutes, across the hour, the day and the year
                "cron(0/15 * * * ? *)         | 2024-01-01T10:07:00Z | 2024-01-01T10:15:00Z",
                "cron(0/15 * * * ? *)         | 2024-01-01T10:45:30Z | 2024-01-01T11:00:00Z",
                "cron(0/15 * * * ? *)         | 2024-12-31T23:50:00Z | 2025-01-01T00:00:00Z",
                // 1/10 starts at minute 1
                "cron(1/10 * * * ? *)         | 2024-01-01T10:01:00Z | 2024-01-01T10:11:00Z",
                "cron(5,35 14 * * ? *)        | 2024-01-01T14:05:00Z | 2024-01-01T14:35:00Z",
                // 29 February: only in leap years, and 2100 is not one
                "cron(0 0 29 2 ? *)           | 2023-03-01T00:00:00Z | 2024-02-29T00:00:00Z",
                "cron(0 0 29 2 ? *)           | 2024-02-29T00:00:00Z | 2028-02-29T00:00:00Z",
                "cron(0 0 29 2 ? *)           | 2096-03-01T00:00:00Z | 2104-02-29T00:00:00Z",
                // the 31st skips the months that have no 31st
                "cron(0 0 31 * ? *)           | 2024-03-31T00:00:00Z | 2024-05-31T00:00:00Z",
                // L: the last day of the month, whatever its length
                "cron(0 0 L * ? *)            | 2024-02-01T00:00:00Z | 2024-02-29T00:00:00Z",
                "cron(0 0 L * ? *)            | 2023-02-01T00:00:00Z | 2023-02-28T00:00:00Z",
                "cron(0 0 L * ? *)            | 2024-04-30T00:00:00Z | 2024-05-31T00:00:00Z",
                // W: 15 June 2024 is a Saturday -> Friday 14th; 15 September 2024 is a Sunday -> Monday 16th
                "cron(0 9 15W * ? *)          | 2024-06-01T00:00:00Z | 2024-06-14T09:00:00Z",
                "cron(0 9 15W * ? *)          | 2024-09-01T00:00:00Z | 2024-09-16T09:00:00Z",
                "cron(0 9 15W * ? *)          | 2024-07-01T00:00:00Z | 2024-07-15T09:00:00Z",
                // W never crosses into another month: Saturday 1 June 2024 -> Monday 3rd, not Friday 31 May
                "cron(0 9 1W * ? *)           | 2024-05-02T00:00:00Z | 2024-06-03T09:00:00Z",
                // ... and Sunday 31 March 2024 -> Friday 29th, not Monday 1 April
                "cron(0 9 31W * ? *)          | 2024-03-01T00:00:00Z | 2024-03-29T09:00:00Z",
                // #: the second Tuesday (3 = TUE)
                "cron(0 10 ? * 3#2 *)         | 2024-01-01T00:00:00Z | 2024-01-09T10:00:00Z",
                "cron(0 10 ? * 3#2 *)         | 2024-01-09T10:00:00Z | 2024-02-13T10:00:00Z",
                "cron(0 10 ? * TUE#2 *)       | 2024-01-01T00:00:00Z | 2024-01-09T10:00:00Z",
                // #5 skips months without a fifth Friday: after March 2024 (29th) the next is May 31st
                "cron(0 10 ? * 6#5 *)         | 2024-03-29T10:00:00Z | 2024-05-31T10:00:00Z",
                // nL: the last Friday, the AWS documentation's example, in its years 2019-2022
                "cron(15 10 ? * 6L 2019-2022) | 2018-06-01T00:00:00Z | 2019-01-25T10:15:00Z",
                "cron(15 10 ? * 6L 2019-2022) | 2022-12-01T00:00:00Z | 2022-12-30T10:15:00Z",
                "cron(15 10 ? * FRIL *)       | 2024-02-01T00:00:00Z | 2024-02-23T10:15:00Z",
                // L alone in Day-of-week is Saturday (7); 1 is Sunday
                "cron(0 8 ? * L *)            | 2024-03-01T00:00:00Z | 2024-03-02T08:00:00Z",
                "cron(0 8 ? * 1 *)            | 2024-03-01T00:00:00Z | 2024-03-03T08:00:00Z",
                // day names, and a Friday evening's next weekday is Monday
                "cron(0 18 ? * MON-FRI *)     | 2024-03-01T18:00:00Z | 2024-03-04T18:00:00Z",
                "cron(0 18 ? * mon-fri *)     | 2024-03-01T18:00:00Z | 2024-03-04T18:00:00Z",
                "cron(0 18 ? * 2-6 *)         | 2024-03-01T18:00:00Z | 2024-03-04T18:00:00Z",
                // a Day-of-week range may wrap past Saturday: FRI-MON is Friday, Saturday, Sunday, Monday
                "cron(0 0 ? * FRI-MON *)      | 2024-03-04T00:00:00Z | 2024-03-08T00:00:00Z",
                // month names and lists
                "cron(0 0 1 JAN,JUL ? *)      | 2024-01-01T00:00:00Z | 2024-07-01T00:00:00Z",
                "cron(0 0 1 NOV-FEB ? *)      | 2024-02-01T00:00:00Z | 2024-11-01T00:00:00Z",
                "cron(0 0 1 */3 ? *)          | 2024-01-01T00:00:00Z | 2024-04-01T00:00:00Z",
                // an hour range that wraps past midnight (the AWS documentation's example)
                "cron(0/30 20-2 ? * MON-FRI *)| 2024-03-05T01:50:00Z | 2024-03-05T02:00:00Z",
                "cron(0/30 20-2 ? * MON-FRI *)| 2024-03-05T02:30:00Z | 2024-03-05T20:00:00Z",
                "cron(0/5 8-17 ? * MON-FRI *) | 2024-03-01T17:55:00Z | 2024-03-04T08:00:00Z",
                // years: a single year, a range, and the step from 1970
                "cron(0 0 1 1 ? 2030)         | 2024-05-05T00:00:00Z | 2030-01-01T00:00:00Z",
                "cron(0 0 1 1 ? 2030-2035)    | 2030-01-01T00:00:00Z | 2031-01-01T00:00:00Z",
                "cron(0 0 1 1 ? */50)         | 2024-05-05T00:00:00Z | 2070-01-01T00:00:00Z",
                "cron(* * * * ? *)            | 1960-01-01T00:00:00Z | 1970-01-01T00:00:00Z",
        })
        void isTheFirstMatchingMinuteAfterTheGivenTime(String expression, String after, String expected) {
            assertThat(nextFire(expression, after)).isEqualTo(Instant.parse(expected));
        }

        @Test
        void everyFifteenMinutesIsOnTheQuarterHours() {
            assertThat(fires("cron(0/15 * * * ? *)", "2024-01-01T10:00:00Z", 5)).containsExactly(
                    Instant.parse("2024-01-01T10:15:00Z"),
                    Instant.parse("2024-01-01T10:30:00Z"),
                    Instant.parse("2024-01-01T10:45:00Z"),
                    Instant.parse("2024-01-01T11:00:00Z"),
                    Instant.parse("2024-01-01T11:15:00Z"));
        }

        @Test
        void lastDayOfMonthFollowsMonthLengthsAndLeapYears() {
            assertThat(fires("cron(30 23 L * ? *)", "2023-12-31T23:30:00Z", 4)).containsExactly(
                    Instant.parse("2024-01-31T23:30:00Z"),
                    Instant.parse("2024-02-29T23:30:00Z"),
                    Instant.parse("2024-03-31T23:30:00Z"),
                    Instant.parse("2024-04-30T23:30:00Z"));
        }

        @Test
        void neverAgainOnceTheYearsHavePassed() {
            ScheduleExpression cron = ScheduleExpression.parse("cron(15 10 ? * 6L 2019-2022)");

            assertThat(cron.nextFireTime(Instant.parse("2022-12-30T10:15:00Z"))).isEmpty();
        }

        @Test
        void neverAfter2199TheLastYearEventBridgeAccepts() {
            ScheduleExpression everyMinute = ScheduleExpression.parse("cron(* * * * ? *)");

            assertThat(everyMinute.nextFireTime(Instant.parse("2199-12-31T23:58:00Z")))
                    .contains(Instant.parse("2199-12-31T23:59:00Z"));
            assertThat(everyMinute.nextFireTime(Instant.parse("2199-12-31T23:59:00Z"))).isEmpty();
        }

        @Test
        void aDateThatNeverComesNeverFires() {
            assertThat(ScheduleExpression.parse("cron(0 0 30 2 ? *)").nextFireTime(Instant.parse("2024-01-01T00:00:00Z")))
                    .isEmpty();
        }
    }

    @Nested
    class Parsing {

        @Test
        void keepsTheExpressionAsWritten() {
            assertThat(ScheduleExpression.parse(" cron(0 12 * * ? *) ").text()).isEqualTo("cron(0 12 * * ? *)");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // one of Day-of-month and Day-of-week must be ?, the other not
                "cron(0 12 * * * *)        | Day-of-month \"*\" and Day-of-week \"*\" are both specified; EventBridge needs ? in one of them",
                "cron(0 12 1 * MON *)      | Day-of-month \"1\" and Day-of-week \"MON\" are both specified",
                "cron(0 12 ? * ? *)        | Day-of-month and Day-of-week are both ?",
                // six fields
                "cron(0 12 * * ?)          | a cron expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), found 5",
                "cron(0 0 12 * * ? *)      | found 7",
                "cron()                    | found 0",
                // values out of range, per field
                "cron(60 * * * ? *)        | Minutes field \"60\": 60 is outside 0-59",
                "cron(0 24 * * ? *)        | Hours field \"24\": 24 is outside 0-23",
                "cron(0 0 32 * ? *)        | Day-of-month field \"32\": 32 is outside 1-31",
                "cron(0 0 0 * ? *)         | Day-of-month field \"0\": 0 is outside 1-31",
                "cron(0 0 1 13 ? *)        | Month field \"13\": 13 is outside 1-12",
                "cron(0 0 ? * 0 *)         | Day-of-week field \"0\": 0 is outside 1-7",
                "cron(0 0 ? * 8 *)         | Day-of-week field \"8\": 8 is outside 1-7",
                "cron(0 0 1 1 ? 1969)      | Year field \"1969\": 1969 is outside 1970-2199",
                "cron(0 0 1 1 ? 2200)      | Year field \"2200\": 2200 is outside 1970-2199",
                // names
                "cron(0 0 1 JANUARY ? *)   | Month field \"JANUARY\": \"JANUARY\" is not a number 1-12 or a name JAN-DEC",
                "cron(0 0 ? * MONDAY *)    | Day-of-week field \"MONDAY\": \"MONDAY\" is not a number 1-7 or a name SUN-SAT",
                "cron(0 0 JAN * ? *)       | Day-of-month field \"JAN\": \"JAN\" is not a number 1-31",
                // lists, ranges, increments
                "cron(0,,5 * * * ? *)      | Minutes field \"0,,5\": a list has an empty element",
                "cron(5- * * * ? *)        | Minutes field \"5-\": \"5-\" is not a range like 1-5",
                "cron(0 0 1 1 ? 2022-2019) | Year field \"2022-2019\": the range 2022-2019 runs backwards",
                "cron(0/0 * * * ? *)       | Minutes field \"0/0\": the increment 0 is outside 1-60",
                "cron(0/x * * * ? *)       | Minutes field \"0/x\": the increment after / must be a whole number, found \"x\"",
                "cron(0/5/2 * * * ? *)     | Minutes field \"0/5/2\": \"0/5/2\" has more than one /",
                "cron(0 0 ? * 1/2 *)       | Day-of-week field \"1/2\": increments (/) are not allowed in Day-of-week",
                // ? only in the day fields
                "cron(? 0 * * ? *)         | Minutes field \"?\": ? is only allowed in Day-of-month or Day-of-week",
                // L, W and # where they belong
                "cron(0 0 L,15 * ? *)      | Day-of-month field \"L,15\": L (last day of the month) must stand alone",
                "cron(0 0 1-5W * ? *)      | Day-of-month field \"1-5W\": W follows a single day",
                "cron(0 0 32W * ? *)       | Day-of-month field \"32W\": 32 is outside 1-31",
                "cron(0 0 LW * ? *)        | Day-of-month field \"LW\": LW is not supported",
                "cron(0 0 L-3 * ? *)       | Day-of-month field \"L-3\": L-3 is not supported",
                "cron(0 0 1#2 * ? *)       | Day-of-month field \"1#2\": # is only allowed in Day-of-week",
                "cron(0 0 ? * 3#1,6#3 *)   | Day-of-week field \"3#1,6#3\": with # the field holds a single expression",
                "cron(0 0 ? * 3#6 *)       | Day-of-week field \"3#6\": the number after # must be 1-5",
                "cron(0 0 ? * 8#1 *)       | Day-of-week field \"8#1\": 8 is outside 1-7",
                "cron(0 0 ? * 2W *)        | Day-of-week field \"2W\": W is only allowed in Day-of-month",
                "cron(0 0 ? * 2,6L *)      | Day-of-week field \"2,6L\": L stands alone (Saturday) or follows one day",
                "cron(0 0 1 L ? *)         | Month field \"L\": \"L\" is not a number 1-12 or a name JAN-DEC",
        })
        void refusesInvalidExpressionsNamingTheFieldAndTheReason(String text, String reason) {
            assertThatThrownBy(() -> ScheduleExpression.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Invalid schedule expression \"" + text + "\": ")
                    .hasMessageContaining(reason);
        }

        @Test
        void acceptsTheExamplesOfTheAwsDocumentation() {
            List<String> examples = List.of(
                    "cron(0 10 * * ? *)", "cron(15 12 * * ? *)", "cron(0 18 ? * MON-FRI *)", "cron(0 8 1 * ? *)",
                    "cron(0/15 * * * ? *)", "cron(0/10 * ? * MON-FRI *)", "cron(0/5 8-17 ? * MON-FRI *)",
                    "cron(0/30 20-2 ? * MON-FRI *)", "cron(0 12 * * ? *)", "cron(5,35 14 * * ? *)",
                    "cron(15 10 ? * 6L 2019-2022)", "cron(0 8 ? * 2#1 *)");

            for (String example : examples) {
                assertThat(ScheduleExpression.parse(example)).as(example).isInstanceOf(CronExpression.class);
            }
        }
    }
}
