package workshop.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.UUID;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class ScheduledEventsTest {

    @Test
    void carriesWhatEventBridgeSendsForAScheduledRule() {
        ScheduledEvent event = ScheduledEvents.of("eu-west-1", "123456789012", "report-every-minute",
                Instant.parse("2024-03-01T12:00:30.750Z"));

        assertThat(event.getVersion()).isEqualTo("0");
        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(event.getSource()).isEqualTo("aws.events");
        assertThat(event.getAccount()).isEqualTo("123456789012");
        assertThat(event.getRegion()).isEqualTo("eu-west-1");
        assertThat(event.getTime()).isEqualTo(new DateTime(2024, 3, 1, 12, 0, 30, DateTimeZone.UTC));
        assertThat(event.getResources()).containsExactly("arn:aws:events:eu-west-1:123456789012:rule/report-every-minute");
        assertThat(event.getDetail()).isEmpty();
        assertThat(UUID.fromString(event.getId())).isNotNull();
    }

    @Test
    void givesEachEventItsOwnId() {
        Instant time = Instant.parse("2024-03-01T12:00:00Z");

        assertThat(ScheduledEvents.of("eu-west-1", "123456789012", "rule", time).getId())
                .isNotEqualTo(ScheduledEvents.of("eu-west-1", "123456789012", "rule", time).getId());
    }

    @Test
    void namesTheRuleByItsArn() {
        assertThat(ScheduledEvents.ruleArn("us-east-1", "000000000000", "my-service-dev-HelloEventsRuleSchedule1"))
                .isEqualTo("arn:aws:events:us-east-1:000000000000:rule/my-service-dev-HelloEventsRuleSchedule1");
    }
}
