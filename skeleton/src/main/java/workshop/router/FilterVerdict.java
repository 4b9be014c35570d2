package workshop.router;

import java.util.Objects;

/**
 * What a {@link MessageFilter} decided: let the message through to the next filter and then the
 * handlers, or drop it (acknowledged, counted as dropped, never handled) with a reason for the log.
 */
public record FilterVerdict(boolean passes, String reason) {

    private static final FilterVerdict PASS = new FilterVerdict(true, "");

    public FilterVerdict {
        Objects.requireNonNull(reason, "reason");
    }

    public static FilterVerdict pass() {
        return PASS;
    }

    public static FilterVerdict drop(String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a dropped message needs a reason");
        }
        return new FilterVerdict(false, reason);
    }
}
