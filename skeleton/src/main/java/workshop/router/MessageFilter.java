package workshop.router;

/**
 * Looks at every message before its handlers, in the order the filters were declared with
 * {@link MessageRouter#filter(String, MessageFilter)}; the first drop wins and the later filters do
 * not run.
 *
 * <p>Filters run before the admission: a message a filter drops is counted as dropped, never let in,
 * and uses none of the run's budget. A redelivered message meets the filters again, so a filter should
 * decide from the message alone (its envelope and body), quickly, and the same way every time.
 */
@FunctionalInterface
public interface MessageFilter {

    FilterVerdict check(RoutedMessage message);
}
