package workshop.router;

/**
 * A stream record that is not a message the router can route, or a body that does not fit the class a
 * handler registered. The message says what is wrong, for the error table ("system.depth is not a
 * whole number: 1.5"), not where in the parser it went wrong.
 */
public class UndecodableMessageException extends RuntimeException {

    public UndecodableMessageException(String reason) {
        super(reason);
    }
}
