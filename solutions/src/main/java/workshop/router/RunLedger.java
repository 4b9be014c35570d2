package workshop.router;

import java.util.Optional;

/** CONTRACT: the runs in the runtime table (router-runtime-&lt;suffix&gt;): start, stop, read the counters. */
public interface RunLedger {

    /** Starts a run that admits at most {@code budget} messages. */
    void startRun(String runId, long budget);

    /** The kill switch: from now on the run's messages are acknowledged and dropped. */
    void terminate(String runId, String reason);

    /** The run's counters; empty when no such run was started. */
    Optional<RunStats> stats(String runId);

    /** The id of the run started last, if any. */
    Optional<String> latestRunId();
}
