package workshop.localcloud.sqs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * A message while it is in a queue: its content, and the receive state that SQS tracks for it.
 * Not thread-safe: only its {@link MessageQueue} touches it, under the queue's lock.
 */
final class StoredMessage {

    private final String messageId;
    private final String body;
    private final Map<String, MessageAttributeValue> attributes;
    private final Instant sentAt;

    private Instant visibleAt;
    private int receiveCount;
    private Instant firstReceivedAt;

    StoredMessage(String messageId, String body, Map<String, MessageAttributeValue> attributes,
                  Instant sentAt, Duration delay) {
        this.messageId = messageId;
        this.body = body;
        this.attributes = Map.copyOf(attributes);
        this.sentAt = sentAt;
        this.visibleAt = sentAt.plus(delay);
    }

    String messageId() {
        return messageId;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant visibleAt() {
        return visibleAt;
    }

    boolean isVisibleAt(Instant now) {
        return !visibleAt.isAfter(now);
    }

    /** Received and still within its visibility timeout. */
    boolean isInFlightAt(Instant now) {
        return receiveCount > 0 && !isVisibleAt(now);
    }

    /** Not yet visible because of {@code DelaySeconds}: never received so far. */
    boolean isDelayedAt(Instant now) {
        return receiveCount == 0 && !isVisibleAt(now);
    }

    /** Whether {@code handle} is the most recent receipt of this message. */
    boolean isCurrentReceipt(ReceiptHandle handle) {
        return handle.receiveNumber() == receiveCount;
    }

    /** Hands the message to a consumer: it becomes invisible for {@code visibilityTimeout}. */
    ReceivedMessage receive(Instant now, Duration visibilityTimeout) {
        receiveCount++;
        if (firstReceivedAt == null) {
            firstReceivedAt = now;
        }
        visibleAt = now.plus(visibilityTimeout);
        String receiptHandle = new ReceiptHandle(messageId, receiveCount).encode();
        return new ReceivedMessage(messageId, receiptHandle, body, attributes, sentAt, receiveCount, firstReceivedAt);
    }

    /** {@code ChangeMessageVisibility}: the new timeout counts from now, not from the receive. */
    void makeVisibleAfter(Instant now, Duration timeout) {
        visibleAt = now.plus(timeout);
    }
}
