package workshop.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RateExpressionTest {

    @ParameterizedTest
    @CsvSource({
            "rate(1 minute),   PT1M",
            "rate(5 minutes),  PT5M",
            "rate(1 hour),     PT1H",
            "rate(12 hours),   PT12H",
            "rate(1 day),      PT24H",
            "rate(7 days),     PT168H",
    })
    void readsValueAndUnit(String text, Duration period) {
        ScheduleExpression expression = ScheduleExpression.parse(text);

        assertThat(expression).isInstanceOf(RateExpression.class);
        assertThat(((RateExpression) expression).period()).isEqualTo(period);
        assertThat(expression.text()).isEqualTo(text);
    }

    @Test
    void toleratesSurroundingAndRepeatedWhitespace() {
        assertThat(ScheduleExpression.parse("  rate( 5   minutes )  ").text()).isEqualTo("rate(5 minutes)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(1 minutes) | the unit must be singular when the value is 1: write rate(1 minute)",
            "rate(1 hours)   | the unit must be singular when the value is 1: write rate(1 hour)",
            "rate(5 minute)  | the unit must be plural when the value is greater than 1: write rate(5 minutes)",
            "rate(2 day)     | the unit must be plural when the value is greater than 1: write rate(2 days)",
            "rate(0 minutes) | the value must be a positive whole number, found 0",
            "rate(-5 minutes)| the value must be a positive whole number, found \"-5\"",
            "rate(1.5 hours) | the value must be a positive whole number, found \"1.5\"",
            "rate(5 seconds) | the unit must be one of minute, minutes, hour, hours, day, days; found \"seconds\"",
            "rate(5)         | a rate has two fields, value and unit, e.g. rate(5 minutes); found 1",
            "rate()          | a rate has two fields, value and unit, e.g. rate(5 minutes); found 0",
            "rate(5 minutes  | a rate is written rate(value unit)",
            "every 5 minutes | it must be rate(value unit) or cron(",
    })
    void refusesWhatEventBridgeRefusesAndSaysWhy(String text, String reason) {
        assertThatThrownBy(() -> ScheduleExpression.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid schedule expression \"" + text.trim() + "\"")
                .hasMessageContaining(reason);
    }

    @Test
    void firesOnePeriodAfterTheGivenTimeInWholeSeconds() {
        ScheduleExpression rate = ScheduleExpression.parse("rate(5 minutes)");

        assertThat(rate.nextFireTime(Instant.parse("2024-03-01T12:00:30.750Z")))
                .contains(Instant.parse("2024-03-01T12:05:30Z"));
    }

    @Test
    void walksItsSeriesFromEachFireTime() {
        ScheduleExpression rate = ScheduleExpression.parse("rate(1 day)");
        Instant first = rate.nextFireTime(Instant.parse("2024-02-28T09:00:00Z")).orElseThrow();

        assertThat(first).isEqualTo(Instant.parse("2024-02-29T09:00:00Z"));
        assertThat(rate.nextFireTime(first)).contains(Instant.parse("2024-03-01T09:00:00Z"));
    }
}
