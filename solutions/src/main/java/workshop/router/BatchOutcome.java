package workshop.router;

import java.util.Optional;

/** CONTRACT: what became of a batch; {@link #retryFrom()} is the sequence number of the first record not done. */
public record BatchOutcome(int handled, int dropped, int rejected, Optional<String> retryFrom) {
}
