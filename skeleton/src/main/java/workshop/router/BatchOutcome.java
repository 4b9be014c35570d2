package workshop.router;

import java.util.Optional;

/**
 * What became of a batch.
 *
 * @param handled   messages whose handlers have all completed (completion markers written)
 * @param dropped   messages acknowledged without being handled: budget reached, run terminated, a filter
 * @param rejected  records kept in the error table: not a message, unknown type, unknown run, a body that
 *                  does not fit its handler's class
 * @param retryFrom the sequence number of the first record not done, to be delivered again; empty when
 *                  every record was done
 * @param failure   why the batch stopped there ("pageUrl#0 threw IllegalStateException: …"); {@code null}
 *                  when it did not stop
 */
public record BatchOutcome(int handled, int dropped, int rejected, Optional<String> retryFrom, String failure) {

    /** A batch that went through (or stopped) without saying why. */
    public BatchOutcome(int handled, int dropped, int rejected, Optional<String> retryFrom) {
        this(handled, dropped, rejected, retryFrom, null);
    }

    public boolean isComplete() {
        return retryFrom.isEmpty();
    }
}
