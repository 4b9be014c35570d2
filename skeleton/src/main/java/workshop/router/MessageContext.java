package workshop.router;

/** What a handler gets besides the body: the envelope, and a way to emit messages. */
public interface MessageContext {

    /** The envelope of the message being handled. */
    Envelope envelope();

    /** The type of the message being handled. */
    String messageType();

    /**
     * Emits a message: it is put on the stream (in batches, with the others) after the handler has
     * returned, with an envelope of the same run one hop deeper. Nothing is emitted when the handler throws.
     *
     * <p>The new message's id is derived from this message's id, the handler's name and the number of
     * messages the handler emitted before ({@link MessageIds#child}): a handler run again emits the same ids.
     *
     * @param messageType the new message's type
     * @param body        an object Gson writes as a JSON object
     * @throws IllegalArgumentException when the encoded message would be over Kinesis's 1 MiB for a record
     */
    void emit(String messageType, Object body);
}
