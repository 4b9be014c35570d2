package workshop.router;

import java.util.Map;
import java.util.Set;

/**
 * The router's bookkeeping: which messages were let in, which handlers completed, and the counters of
 * each run. Every method that counts is idempotent per message id (or per message and handler), so a
 * redelivered batch never counts twice; the only exception is {@link #failed}, which counts attempts.
 *
 * <p>Implemented on DynamoDB ({@link DynamoDbRouterRuntime}) and in memory ({@link InMemoryRouterRuntime},
 * for tests and the benchmark); both behave the same (one contract test runs against both).
 */
public interface RouterRuntime extends RunLedger {

    /**
     * Lets the message in, or drops it because its run has admitted its budget or was terminated.
     * The first time a message id comes, it is counted ({@code received} of its type, and
     * {@code admitted} or {@code dropped} of its run); later it gets the same answer without counting:
     * {@link Admission.Decision#REDELIVERED} or {@link Admission.Decision#DROPPED}.
     */
    Admission admit(Envelope envelope, String messageType);

    /**
     * Drops the message without letting it in (a filter said so): counted once as received and dropped,
     * like a message dropped for the budget, but without using any of the budget. A message that was
     * let in before gets {@link Admission.Decision#REDELIVERED}, and nothing is counted.
     */
    Admission drop(Envelope envelope, String messageType, String reason);

    /** The names of the handlers that completed for this message (their completion markers). */
    Set<String> completedHandlers(Envelope envelope);

    /**
     * Marks the handler as completed for this message (at most once) and counts it: {@code handled} of
     * {@code messageType}, and {@code emitted} of each type it emitted ({@code emittedByType}: type → count).
     * Call it only after the emitted messages are on the stream.
     */
    void completed(Envelope envelope, String messageType, String handlerName, Map<String, Integer> emittedByType);

    /** Counts one failed attempt of a handler ({@code failed} of {@code messageType}). */
    void failed(Envelope envelope, String messageType, String handlerName);
}
