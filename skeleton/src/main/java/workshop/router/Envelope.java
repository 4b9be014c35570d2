package workshop.router;

import java.time.Instant;
import java.util.Objects;

/**
 * The system part of every message, kept apart from what the handlers read: who the message is, which
 * run it belongs to, when it was made, which message emitted it and how many hops from the run's first
 * message it is.
 *
 * @param messageId the message's identity; handlers run at most once per message id (see {@link MessageRouter});
 *                  also the record's partition key, so at most {@value #MAX_ID_LENGTH} characters
 * @param runId     the run it belongs to: its counters, budget and kill switch (see {@link RunLedger})
 * @param timestamp when it was created
 * @param parentId  the id of the message whose handler emitted it; {@code null} for a run's first message
 * @param depth     0 for a run's first message, the parent's depth + 1 for a message a handler emitted
 */
public record Envelope(String messageId, String runId, Instant timestamp, String parentId, int depth) {

    /** Kinesis's limit for a partition key, which the message id is. */
    public static final int MAX_ID_LENGTH = 256;

    public Envelope {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (messageId.isBlank() || runId.isBlank()) {
            throw new IllegalArgumentException("messageId and runId must not be blank");
        }
        if (messageId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("messageId is longer than " + MAX_ID_LENGTH + " characters (Kinesis's limit for a partition key)");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        if ((parentId == null) != (depth == 0)) {
            throw new IllegalArgumentException("only a run's first message (depth 0) has no parent");
        }
    }

    /** The first message of a run. */
    public static Envelope root(String messageId, String runId, Instant timestamp) {
        return new Envelope(messageId, runId, timestamp, null, 0);
    }

    /** A message emitted while this one was handled: same run, one hop deeper. */
    public Envelope child(String childId, Instant timestamp) {
        return new Envelope(childId, runId, timestamp, messageId, depth + 1);
    }
}
