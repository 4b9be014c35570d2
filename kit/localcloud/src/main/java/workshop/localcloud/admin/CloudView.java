package workshop.localcloud.admin;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What the admin endpoint shows of a running local cloud, as plain JSON-ready values. Unknown names
 * raise {@link NoSuchElementException} with a message that lists the known ones.
 */
public interface CloudView {

    /** Tables, streams, topics, queues, functions with their events, HTTP routes. */
    Map<String, Object> resources();

    /** Up to {@code limit} items of a table, attribute values as plain JSON values. */
    List<Map<String, Object>> tableItems(String table, int limit);

    /** How many items the table holds (the whole table, read page by page). */
    long countItems(String table);

    /**
     * Waits until nothing is in flight (no stream record unprocessed, no invocation running or due),
     * at most {@code timeout}; true when the cloud became idle.
     */
    boolean awaitIdle(java.time.Duration timeout) throws InterruptedException;

    /** Per stream: shards with their latest sequence numbers; per event source mapping: checkpoints and counters. */
    Map<String, Object> streamPositions();

    /** The function's log lines, oldest first, from line number {@code from} on. */
    List<Map<String, Object>> logs(String function, int from);

    /** Fires the function's schedules now; returns how many fired. */
    int fireSchedules(String function);
}
