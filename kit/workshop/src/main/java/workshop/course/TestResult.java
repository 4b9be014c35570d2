package workshop.course;

/**
 * The outcome of one test.
 *
 * @param className the test class
 * @param name      the test's display name below its class (e.g. "parses a page > [2] cards")
 * @param message   for a failure: its first line, and where in the test it happened
 */
public record TestResult(Status status, String className, String name, String message) {

    /** What happened to a test. */
    public enum Status {
        PASSED, FAILED, SKIPPED,
        /** The test class does not exist (or could not be loaded) in the project. */
        MISSING
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.MISSING;
    }

    /** The class's simple name, for short lines. */
    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
