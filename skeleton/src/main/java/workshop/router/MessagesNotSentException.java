package workshop.router;

/** Some emitted messages could not be put on the stream before the retry deadline; the batch is retried. */
public class MessagesNotSentException extends RuntimeException {

    public MessagesNotSentException(String message) {
        super(message);
    }

    public MessagesNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
