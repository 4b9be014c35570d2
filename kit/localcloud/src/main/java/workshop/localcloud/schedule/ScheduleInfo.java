package workshop.localcloud.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link LocalScheduler#list()} tells about one schedule.
 *
 * @param nextFireTime when the timer fires it next; empty when it is disabled or will never fire again
 */
public record ScheduleInfo(String name, ScheduleExpression expression, boolean enabled, Optional<Instant> nextFireTime) {
}
