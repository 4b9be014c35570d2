package workshop.router;

import java.util.List;

/**
 * CONTRACT (to be implemented): routes the records of one Kinesis batch to the handlers registered per
 * message type. See the brief for the semantics.
 */
public class MessageRouter {

    /** Registers {@code handler} for {@code messageType}; its name is {@code messageType#n}, n = 0, 1, ... in order. */
    public <T> MessageRouter on(String messageType, Class<T> bodyType, MessageHandler<T> handler) {
        throw new UnsupportedOperationException("contract");
    }

    /** Registers {@code handler} under an explicit name (its completion marker's key). */
    public <T> MessageRouter on(String messageType, Class<T> bodyType, String handlerName, MessageHandler<T> handler) {
        throw new UnsupportedOperationException("contract");
    }

    /** Adds a filter after the ones already declared. */
    public MessageRouter filter(String name, MessageFilter filter) {
        throw new UnsupportedOperationException("contract");
    }

    /** Processes the records of one batch in order. */
    public BatchOutcome process(List<StreamRecord> records) {
        throw new UnsupportedOperationException("contract");
    }
}
