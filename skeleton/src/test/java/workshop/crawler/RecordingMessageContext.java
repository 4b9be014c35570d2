package workshop.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import workshop.router.Envelope;
import workshop.router.MessageContext;

/** A handler's context without a router: the envelope of the message being handled, and the emits, recorded. */
final class RecordingMessageContext implements MessageContext {

    static final String RUN_ID = "run-1";
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** One emit: the message type and the body as the handler gave it. */
    record Emitted(String messageType, Object body) {
    }

    private final Envelope envelope;
    private final String messageType;
    private final List<Emitted> emitted = new ArrayList<>();

    private RecordingMessageContext(Envelope envelope, String messageType) {
        this.envelope = envelope;
        this.messageType = messageType;
    }

    /** The context of message {@code messageId} of type {@code messageType} in run {@link #RUN_ID}. */
    static RecordingMessageContext of(String messageType, String messageId) {
        return new RecordingMessageContext(Envelope.root(messageId, RUN_ID, NOW), messageType);
    }

    @Override
    public Envelope envelope() {
        return envelope;
    }

    @Override
    public String messageType() {
        return messageType;
    }

    @Override
    public void emit(String messageType, Object body) {
        emitted.add(new Emitted(messageType, body));
    }

    List<Emitted> emitted() {
        return List.copyOf(emitted);
    }

    /** The bodies emitted, each checked to be of {@code messageType} and of {@code bodyType}. */
    <T> List<T> emitted(String messageType, Class<T> bodyType) {
        List<T> bodies = new ArrayList<>();
        for (Emitted emit : emitted) {
            if (!emit.messageType().equals(messageType) || !bodyType.isInstance(emit.body())) {
                throw new AssertionError("expected only " + messageType + " messages with a " + bodyType.getSimpleName()
                        + " body, got " + emit);
            }
            bodies.add(bodyType.cast(emit.body()));
        }
        return bodies;
    }
}
