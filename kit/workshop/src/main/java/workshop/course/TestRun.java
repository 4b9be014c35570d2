package workshop.course;

import java.nio.file.Path;
import java.util.List;

/**
 * The results of one run of test classes.
 *
 * @param results one per test, in the order they finished
 * @param output  the file with everything the tests printed, and the failures' stack traces
 * @param millis  how long the run took, child JVM included
 */
public record TestRun(List<TestResult> results, Path output, long millis) {

    public TestRun {
        results = List.copyOf(results);
    }

    /** True when at least one test ran and none failed (skipped tests do not count against it). */
    public boolean passed() {
        return results.stream().noneMatch(TestResult::failed)
                && results.stream().anyMatch(result -> result.status() == TestResult.Status.PASSED);
    }

    public List<TestResult> failures() {
        return results.stream().filter(TestResult::failed).toList();
    }

    public long count(TestResult.Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    /** The results of the given classes only. */
    public TestRun only(List<String> classNames) {
        return new TestRun(results.stream().filter(result -> classNames.contains(result.className())).toList(), output, millis);
    }
}
