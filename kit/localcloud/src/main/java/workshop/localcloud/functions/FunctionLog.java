package workshop.localcloud.functions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The log of one function, as CloudWatch Logs would keep it: every line with its time, the newest
 * {@value #MAX_LINES} kept in memory. Each line is also passed to an echo (the console, prefixed with
 * the function's name) so that several functions in one terminal stay readable.
 */
public final class FunctionLog {

    /** Enough for a class exercise; older lines are dropped first, like a log group's retention. */
    static final int MAX_LINES = 10_000;

    private final String functionName;
    private final Clock clock;
    private final Consumer<String> echo;
    private final Deque<Line> lines = new ArrayDeque<>();

    public FunctionLog(String functionName, Clock clock, Consumer<String> echo) {
        this.functionName = functionName;
        this.clock = clock;
        this.echo = echo;
    }

    /** One log event. */
    public record Line(Instant time, String text) {
    }

    public String functionName() {
        return functionName;
    }

    /** Appends a message; a multi-line message stays one log event, as in CloudWatch. */
    public void append(String text) {
        String message = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        synchronized (lines) {
            if (lines.size() == MAX_LINES) {
                lines.removeFirst();
            }
            lines.addLast(new Line(clock.instant(), message));
        }
        echo.accept("[" + functionName + "] " + message);
    }

    /** A copy of the kept lines, oldest first. */
    public List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The kept messages that contain {@code fragment}, handy in tests and for {@code ./workshop logs}. */
    public List<String> messagesContaining(String fragment) {
        return lines().stream().map(Line::text).filter(text -> text.contains(fragment)).toList();
    }
}
