package workshop.router;

/**
 * Handles the body of one message type. Registered with
 * {@link MessageRouter#on(String, Class, MessageHandler)}; it may emit new messages through its context.
 *
 * <p>Throwing means "not handled": the router counts the failure and asks Lambda to deliver the
 * message again. A handler that completed is never run again for the same message.
 *
 * @param <T> the body's class, decoded from JSON with Gson
 */
@FunctionalInterface
public interface MessageHandler<T> {

    void handle(T body, MessageContext context);
}
