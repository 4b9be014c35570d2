package workshop.localcloud.sns;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * One published message as SNS delivers it to every subscription of its topic (SNS's own
 * delivery type is called "Notification").
 *
 * @param messagesByProtocol the text per protocol ({@code lambda}, {@code sqs}) with a
 *                           {@code default} entry; just the default unless published with
 *                           {@code MessageStructure=json}
 * @param subject            the subject, or {@code null} when the publisher gave none
 */
record Notification(String messageId,
                    String topicArn,
                    String subject,
                    Map<String, String> messagesByProtocol,
                    Instant timestamp,
                    Map<String, MessageAttributeValue> messageAttributes) {

    Notification {
        messagesByProtocol = Map.copyOf(messagesByProtocol);
        messageAttributes = Map.copyOf(messageAttributes);
    }

    /** The text a subscriber of {@code protocol} receives. */
    String messageFor(String protocol) {
        return messagesByProtocol.getOrDefault(protocol, messagesByProtocol.get(PublishRules.DEFAULT_PROTOCOL_KEY));
    }
}
