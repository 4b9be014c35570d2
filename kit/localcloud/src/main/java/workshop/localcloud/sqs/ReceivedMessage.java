package workshop.localcloud.sqs;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** What one receive hands out: an immutable copy of the message as it was at that receive. */
record ReceivedMessage(String messageId,
                       String receiptHandle,
                       String body,
                       Map<String, MessageAttributeValue> attributes,
                       Instant sentAt,
                       int receiveCount,
                       Instant firstReceivedAt) {
}
