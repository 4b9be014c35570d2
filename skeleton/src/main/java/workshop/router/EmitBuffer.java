package workshop.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages emitted in a batch, waiting to go on the stream, and the completions of the handlers that
 * emitted them, waiting to be written.
 *
 * <p>The order is what makes "each handler exactly once" hold: first the messages go on the stream, then
 * the completion markers are written. A crash in between leaves a handler without its marker; it runs
 * again on the redelivery and emits the same message ids again ({@link MessageIds}), which are then
 * recognised as the same messages. The other order could lose messages: marker written, messages not sent,
 * and the handler never runs again.
 */
final class EmitBuffer {

    /** A handler that returned, to be marked completed once its messages are on the stream. */
    record Completion(StreamRecord record, Envelope envelope, String messageType, String handlerName,
                      Map<String, Integer> emittedByType) {
    }

    private final StreamSink sink;
    private final RouterRuntime runtime;
    private final List<OutgoingMessage> messages = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private long bytes;
    private int finishedMessages;

    EmitBuffer(StreamSink sink, RouterRuntime runtime) {
        this.sink = sink;
        this.runtime = runtime;
    }

    void add(Completion completion, List<OutgoingMessage> emitted) {
        completions.add(completion);
        messages.addAll(emitted);
        emitted.forEach(message -> bytes += message.bytes());
    }

    /** A message all of whose handlers are in the buffer (or were done before): handled once flushed. */
    void messageFinished() {
        finishedMessages++;
    }

    /** Enough for a full {@code PutRecords} call (500 records or 5 MiB). */
    boolean isFull() {
        return messages.size() >= KinesisStreamSink.MAX_RECORDS_PER_REQUEST || bytes >= KinesisStreamSink.MAX_BYTES_PER_REQUEST;
    }

    /** The first record with a completion not written yet: where to start again when a flush fails. */
    Optional<StreamRecord> firstPendingRecord() {
        return completions.isEmpty() ? Optional.empty() : Optional.of(completions.get(0).record());
    }

    /**
     * Puts the messages on the stream, then writes the completions, in order.
     *
     * @return how many messages became handled
     */
    int flush() {
        if (!messages.isEmpty()) {
            sink.put(List.copyOf(messages));
            messages.clear();
            bytes = 0;
        }
        while (!completions.isEmpty()) {
            Completion completion = completions.get(0);
            runtime.completed(completion.envelope(), completion.messageType(), completion.handlerName(),
                    completion.emittedByType());
            completions.remove(0);
        }
        int handled = finishedMessages;
        finishedMessages = 0;
        return handled;
    }
}
