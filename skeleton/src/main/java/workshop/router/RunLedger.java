package workshop.router;

import java.util.Optional;

/**
 * The runs in the runtime table (router-runtime-&lt;suffix&gt;): start, stop, read the counters. Implemented by
 * every {@link RouterRuntime}; an API handler needs only this.
 */
public interface RunLedger {

    /**
     * Starts a run that admits at most {@code budget} messages (at least 1).
     *
     * @throws IllegalStateException when a run with this id was started before
     */
    void startRun(String runId, long budget);

    /**
     * The kill switch: from now on the run's messages are acknowledged and dropped (messages let in before
     * are still finished). The first reason stays ("budget" or an operator's).
     *
     * @throws IllegalArgumentException when no such run was started
     */
    void terminate(String runId, String reason);

    /** The run's counters; empty when no such run was started. */
    Optional<RunStats> stats(String runId);

    /** The id of the run started last, if any. */
    Optional<String> latestRunId();
}
