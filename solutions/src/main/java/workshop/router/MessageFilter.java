package workshop.router;

/**
 * Looks at every message before its handlers, in the order the filters were declared with
 * {@link MessageRouter#filter(String, MessageFilter)}; the first drop wins and the later filters do
 * not run.
 */
@FunctionalInterface
public interface MessageFilter {

    FilterVerdict check(RoutedMessage message);
}
