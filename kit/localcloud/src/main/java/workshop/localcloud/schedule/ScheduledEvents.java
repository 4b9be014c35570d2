package workshop.localcloud.schedule;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * Builds the event EventBridge sends a function when its schedule fires, field for field:
 *
 * <pre>{@code
 * {"version": "0", "id": "<uuid>", "detail-type": "Scheduled Event", "source": "aws.events",
 *  "account": "123456789012", "time": "2024-03-01T12:00:00Z", "region": "eu-west-1",
 *  "resources": ["arn:aws:events:eu-west-1:123456789012:rule/my-rule"], "detail": {}}
 * }</pre>
 */
public final class ScheduledEvents {

    private ScheduledEvents() {
    }

    /**
     * The event for one fire of the rule {@code ruleName}.
     *
     * @param scheduledTime when the schedule was due (not when the function happens to run); the
     *                      event carries it in whole seconds, UTC, as EventBridge does
     */
    public static ScheduledEvent of(String region, String account, String ruleName, Instant scheduledTime) {
        Objects.requireNonNull(scheduledTime, "scheduledTime");
        DateTime time = new DateTime(scheduledTime.truncatedTo(ChronoUnit.SECONDS).toEpochMilli(), DateTimeZone.UTC);
        return new ScheduledEvent()
                .withVersion("0")
                .withId(UUID.randomUUID().toString())
                .withDetailType("Scheduled Event")
                .withSource("aws.events")
                .withAccount(account)
                .withTime(time)
                .withRegion(region)
                // Mutable, like the collections Lambda's own deserializer hands to a handler.
                .withResources(new ArrayList<>(List.of(ruleArn(region, account, ruleName))))
                .withDetail(new HashMap<>());
    }

    /** {@code arn:aws:events:<region>:<account>:rule/<ruleName>}: the rule's ARN, the event's only resource. */
    public static String ruleArn(String region, String account, String ruleName) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ruleName, "ruleName");
        return "arn:aws:events:" + region + ":" + account + ":rule/" + ruleName;
    }
}
