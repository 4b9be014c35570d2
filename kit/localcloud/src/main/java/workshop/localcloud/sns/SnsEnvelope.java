package workshop.localcloud.sns;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * The JSON document SNS delivers to an SQS queue (unless raw message delivery is on): the message
 * wrapped with its metadata, keys in the order and format SNS writes them. {@code Subject} and
 * {@code MessageAttributes} appear only when the publisher set them.
 */
final class SnsEnvelope {

    static final String PROTOCOL = "sqs";

    /** SNS timestamps always carry milliseconds: {@code 2024-05-02T00:54:06.655Z}. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** No HTML escaping: SNS writes {@code <} and {@code &} as they are, not as {@code \u003c}. */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private SnsEnvelope() {
    }

    static String toJson(Notification notification, String subscriptionArn, String region) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("Type", "Notification");
        envelope.addProperty("MessageId", notification.messageId());
        envelope.addProperty("TopicArn", notification.topicArn());
        if (notification.subject() != null) {
            envelope.addProperty("Subject", notification.subject());
        }
        envelope.addProperty("Message", notification.messageFor(PROTOCOL));
        envelope.addProperty("Timestamp", TIMESTAMP.format(notification.timestamp()));
        envelope.addProperty("SignatureVersion", NotificationSignature.SIGNATURE_VERSION);
        envelope.addProperty("Signature", NotificationSignature.signature());
        envelope.addProperty("SigningCertURL", NotificationSignature.signingCertUrl(region));
        envelope.addProperty("UnsubscribeURL", NotificationSignature.unsubscribeUrl(region, subscriptionArn));
        if (!notification.messageAttributes().isEmpty()) {
            envelope.add("MessageAttributes", toJson(notification.messageAttributes()));
        }
        return GSON.toJson(envelope);
    }

    private static JsonObject toJson(Map<String, MessageAttributeValue> attributes) {
        JsonObject json = new JsonObject();
        attributes.forEach((name, value) -> {
            JsonObject attribute = new JsonObject();
            attribute.addProperty("Type", value.dataType());
            attribute.addProperty("Value", DeliveredAttributes.textOf(value));
            json.add(name, attribute);
        });
        return json;
    }
}
