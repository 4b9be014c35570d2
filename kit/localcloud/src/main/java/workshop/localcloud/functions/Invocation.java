package workshop.localcloud.functions;

import java.util.List;

/**
 * The outcome of one invocation: the handler's return value, or the error Lambda would report
 * ({@code errorType}, {@code errorMessage}, {@code stackTrace}, as in Lambda's error JSON).
 */
public record Invocation(Object output, FunctionError error) {

    public static Invocation succeeded(Object output) {
        return new Invocation(output, null);
    }

    public static Invocation failed(FunctionError error) {
        return new Invocation(null, error);
    }

    public boolean isFailure() {
        return error != null;
    }

    /** Lambda's description of a failed invocation. */
    public record FunctionError(String errorType, String errorMessage, List<String> stackTrace) {

        public static FunctionError of(Throwable thrown) {
            List<String> trace = java.util.Arrays.stream(thrown.getStackTrace())
                    .map(StackTraceElement::toString)
                    .toList();
            return new FunctionError(thrown.getClass().getName(), String.valueOf(thrown.getMessage()), trace);
        }

        /** What Lambda reports when a function runs past its timeout. */
        public static FunctionError timedOut(int timeoutSeconds) {
            return new FunctionError("Sandbox.Timedout",
                    "Task timed out after " + timeoutSeconds + ".00 seconds", List.of());
        }
    }
}
