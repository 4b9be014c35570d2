package workshop.localcloud.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * A schedule as Amazon EventBridge writes it: {@code rate(5 minutes)} or {@code cron(0 12 * * ? *)}.
 *
 * <p>Parsing follows EventBridge's documented rules, so an expression that AWS would refuse at deploy
 * time is refused here too, with the reason, before anybody waits for a fire that never comes.
 */
public sealed interface ScheduleExpression permits RateExpression, CronExpression {

    /**
     * Parses {@code rate(value unit)} or {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)}.
     *
     * @throws IllegalArgumentException naming the expression and what is wrong with it (and, for cron,
     *                                  in which field)
     */
    static ScheduleExpression parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A schedule expression is required, e.g. rate(5 minutes) or cron(0 12 * * ? *)");
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("rate(")) {
            return RateExpression.parse(trimmed);
        }
        if (trimmed.startsWith("cron(")) {
            return CronExpression.parse(trimmed);
        }
        throw invalid(trimmed, "it must be rate(value unit) or cron(Minutes Hours Day-of-month Month Day-of-week Year)");
    }

    /**
     * The first time this schedule fires strictly after {@code after}, in whole seconds, UTC.
     *
     * <p>A cron expression fires at fixed calendar times, so {@code after} only says where to look
     * from. A rate has no calendar: it counts from when the schedule starts, so pass the start time
     * first and then each fire time to walk the series. Empty when the schedule never fires again
     * (a cron expression whose Year field has passed).
     */
    Optional<Instant> nextFireTime(Instant after);

    /** The expression as EventBridge writes it, e.g. {@code rate(5 minutes)}. */
    String text();

    /** The error every parser throws: the whole expression first, so a log line alone says which one. */
    static IllegalArgumentException invalid(String expression, String reason) {
        return new IllegalArgumentException("Invalid schedule expression \"" + expression + "\": " + reason);
    }
}
