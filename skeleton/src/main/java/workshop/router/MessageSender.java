package workshop.router;

/** Puts a run's first message on the stream (used outside the router, e.g. by an API handler): {@link KinesisMessageSender}. */
public interface MessageSender {

    /** Puts one message on the stream, encoded as the router reads it. */
    void send(String messageType, Envelope envelope, Object body);
}
