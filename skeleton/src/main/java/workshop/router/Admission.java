package workshop.router;

import java.util.Objects;

/**
 * What the runtime decided about a message before its handlers: the kill switch and the budget in one
 * answer. Decided once per message id; a redelivered message gets the decision it got the first time.
 *
 * @param decision what to do with the message
 * @param reason   why it was dropped ("budget", the operator's reason, a filter's reason), or why it is
 *                 unknown; empty when it was let in
 */
public record Admission(Decision decision, String reason) {

    public enum Decision {
        /** Let in now, counted against the budget: run every handler. */
        ADMITTED,
        /** Let in when it came the first time: run the handlers that have not completed. */
        REDELIVERED,
        /** Not to be handled (budget reached, run terminated, a filter), counted once: acknowledge it. */
        DROPPED,
        /** Its run was never started: nothing to count it against; the router keeps it in the error table. */
        UNKNOWN_RUN
    }

    /** The reason of a message dropped because its run had admitted its budget. */
    public static final String BUDGET = "budget";

    public Admission {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }

    public static Admission admitted() {
        return new Admission(Decision.ADMITTED, "");
    }

    public static Admission redelivered() {
        return new Admission(Decision.REDELIVERED, "");
    }

    public static Admission dropped(String reason) {
        return new Admission(Decision.DROPPED, reason);
    }

    public static Admission unknownRun(String runId) {
        return new Admission(Decision.UNKNOWN_RUN, "run " + runId + " was never started");
    }

    /** Whether the handlers are to run (all of them, or those not done yet). */
    public boolean letIn() {
        return decision == Decision.ADMITTED || decision == Decision.REDELIVERED;
    }
}
