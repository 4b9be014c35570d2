package workshop.support;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a function's configuration from its environment, with an error that says how to fix a
 * missing variable.
 *
 * <p>On AWS every function has its own process, so {@link System#getenv} is the function's
 * environment. The local cloud runs every function in one JVM, so it installs each function's
 * {@code environment:} block for the duration of that function's initialisation and invocations
 * (see {@link #runWith}). Handler code reads through this class and behaves the same in both places.
 */
public final class Env {

    private static final InheritableThreadLocal<Map<String, String>> FUNCTION_ENVIRONMENT =
            new InheritableThreadLocal<>();

    private Env() {
    }

    /** The variable's value; fails with a message naming the variable when it is missing or blank. */
    public static String required(String name) {
        return optional(name).orElseThrow(() -> new MissingEnvironmentVariableException(name));
    }

    /** The variable's value, or {@code fallback} when it is missing or blank. */
    public static String optional(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    /** The variable's value, empty when it is missing or blank. */
    public static Optional<String> optional(String name) {
        Map<String, String> functionEnvironment = FUNCTION_ENVIRONMENT.get();
        String value = functionEnvironment != null && functionEnvironment.containsKey(name)
                ? functionEnvironment.get(name)
                : System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Runs {@code work} with {@code variables} as the environment seen by this class (on this thread
     * and threads it starts). Used by the local cloud; variables not in the map fall back to the
     * process environment, as Lambda's own variables do.
     */
    public static <T> T runWith(Map<String, String> variables, Supplier<T> work) {
        Map<String, String> previous = FUNCTION_ENVIRONMENT.get();
        FUNCTION_ENVIRONMENT.set(Map.copyOf(variables));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                FUNCTION_ENVIRONMENT.remove();
            } else {
                FUNCTION_ENVIRONMENT.set(previous);
            }
        }
    }
}
