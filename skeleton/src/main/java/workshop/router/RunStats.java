package workshop.router;

import java.time.Instant;
import java.util.Map;

/**
 * The counters of one run as the runtime table holds them. For a finished run without failures:
 * admitted + dropped = received summed over the types; handled(type) = (received(type) − dropped(type)) ×
 * handlers of the type; emitted(type) summed over the parents = received(type) − the run's first messages
 * of the type. A message is counted once however often it is delivered; {@code failed} counts attempts.
 *
 * @param terminated why the run stopped taking messages ("budget" or the operator's reason), {@code null} while it runs
 * @param admitted   messages let in to be handled (counts against the budget)
 * @param dropped    messages acknowledged without being handled (budget reached, terminated, or a filter);
 *                   never let in, so they use none of the budget
 * @param byType     the counters per message type
 */
public record RunStats(String runId, long budget, Instant startedAt, String terminated,
                       long admitted, long dropped, Map<String, TypeCounters> byType) {

    /** Counters of one message type: received (distinct messages), handled (per handler run), failed (handler attempts that threw), emitted (messages of this type emitted), dropped. */
    public record TypeCounters(long received, long handled, long failed, long emitted, long dropped) {
    }
}
