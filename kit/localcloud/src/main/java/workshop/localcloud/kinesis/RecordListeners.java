package workshop.localcloud.kinesis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who wants to know that a stream received records: the local cloud's event-source-mapping
 * pollers, so that they read at once instead of waking up on a timer.
 */
final class RecordListeners {

    private static final System.Logger LOG = System.getLogger(RecordListeners.class.getName());

    // Copy-on-write: listeners are added rarely and notified on every put, from many threads.
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /**
     * Tells every listener, on the caller's thread. The caller must hold no lock: a listener may
     * read or write the stream. A listener that throws is logged and skipped: the records are
     * stored, and the producer's put must not fail because a reader misbehaved.
     */
    void recordsAppended(String streamName) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(streamName);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "record listener failed for stream " + streamName, e);
            }
        }
    }
}
