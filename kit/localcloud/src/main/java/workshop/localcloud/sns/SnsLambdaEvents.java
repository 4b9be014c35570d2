package workshop.localcloud.sns;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Builds the event Lambda passes to a function subscribed to a topic: one record per delivery,
 * with the fields and values of the "Amazon SNS event" example in the Lambda developer guide.
 */
final class SnsLambdaEvents {

    static final String PROTOCOL = "lambda";

    private SnsLambdaEvents() {
    }

    static SNSEvent toEvent(Notification notification, String subscriptionArn, String region) {
        SNSEvent.SNS sns = new SNSEvent.SNS()
                .withType("Notification")
                .withMessageId(notification.messageId())
                .withTopicArn(notification.topicArn())
                .withSubject(notification.subject())
                .withMessage(notification.messageFor(PROTOCOL))
                .withTimestamp(new DateTime(notification.timestamp().toEpochMilli(), DateTimeZone.UTC))
                .withSignatureVersion(NotificationSignature.SIGNATURE_VERSION)
                .withSignature(NotificationSignature.signature())
                .withSigningCertUrl(NotificationSignature.signingCertUrl(region))
                .withUnsubscribeUrl(NotificationSignature.unsubscribeUrl(region, subscriptionArn))
                .withMessageAttributes(toEventAttributes(notification.messageAttributes()));

        SNSEvent.SNSRecord record = new SNSEvent.SNSRecord()
                .withEventSource("aws:sns")
                .withEventVersion("1.0")
                .withEventSubscriptionArn(subscriptionArn)
                .withSns(sns);
        return new SNSEvent().withRecords(List.of(record));
    }

    /** In the event, each attribute is {@code {"Type": ..., "Value": ...}}; binary values are Base64. */
    private static Map<String, SNSEvent.MessageAttribute> toEventAttributes(
            Map<String, MessageAttributeValue> attributes) {
        Map<String, SNSEvent.MessageAttribute> eventAttributes = new LinkedHashMap<>();
        attributes.forEach((name, value) -> eventAttributes.put(name, new SNSEvent.MessageAttribute()
                .withType(value.dataType())
                .withValue(DeliveredAttributes.textOf(value))));
        return eventAttributes;
    }
}
