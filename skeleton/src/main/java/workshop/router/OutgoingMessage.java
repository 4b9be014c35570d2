package workshop.router;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message on its way to the stream: encoded once, when it is emitted, so that a body Gson cannot write
 * fails the handler that emitted it, not the batch later.
 *
 * @param messageType its type
 * @param envelope    its envelope; the message id is the record's partition key
 * @param data        the record's data ({@link MessageCodec#encode})
 */
public record OutgoingMessage(String messageType, Envelope envelope, byte[] data) {

    /** Kinesis's limit for one record: data and partition key together. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;

    public OutgoingMessage {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }

    /** The message encoded; {@link IllegalArgumentException} when it would be over Kinesis's 1 MiB for a record. */
    public static OutgoingMessage of(String messageType, Envelope envelope, Object body) {
        OutgoingMessage message = new OutgoingMessage(messageType, envelope, MessageCodec.encode(messageType, envelope, body));
        if (message.bytes() > MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("a " + messageType + " message of " + message.bytes()
                    + " bytes is over Kinesis's limit of " + MAX_RECORD_BYTES + " bytes for a record");
        }
        return message;
    }

    public String partitionKey() {
        return envelope.messageId();
    }

    /** What the record counts against Kinesis's limits: its data and its partition key. */
    public int bytes() {
        return data.length + partitionKey().getBytes(StandardCharsets.UTF_8).length;
    }
}
