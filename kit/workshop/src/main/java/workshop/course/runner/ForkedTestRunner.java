package workshop.course.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM's main class: runs the given test classes with the JUnit Platform Launcher and writes
 * one line per test to a results file, which {@code TestRunner} reads back.
 *
 * <p>It runs in its own JVM, with the attendee's project folder as working directory, so that the
 * tests see the same relative paths as under Maven ({@code serverless.yml}, {@code ../serverless.yml})
 * and nothing a test leaves behind (threads, static state, loaded native libraries) outlives the run.
 * The engine copies only this class file into the child's class path: it must stay one class, with
 * no nested or anonymous classes and no dependency but the JUnit Platform.
 *
 * <p>Line format, fields separated by tabs (escaped as \t, \n, \\ inside fields):
 * {@code STATUS class name message}, STATUS one of PASSED, FAILED, SKIPPED, MISSING (no such class).
 */
public final class ForkedTestRunner implements TestExecutionListener {

    private static final int MAX_MESSAGE = 300;

    private final List<String> lines = new ArrayList<>();
    private TestPlan plan;

    /** Arguments: the results file, then the test classes' names. */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        ForkedTestRunner runner = new ForkedTestRunner();
        List<ClassSelector> selectors = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try {
                Class.forName(args[i], false, ForkedTestRunner.class.getClassLoader());
                selectors.add(selectClass(args[i]));
            } catch (ClassNotFoundException | LinkageError e) {
                runner.lines.add(line("MISSING", args[i], "", "no test class " + args[i] + " (" + e + ")"));
            }
        }
        if (!selectors.isEmpty()) {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), runner);
        }
        Files.write(results, runner.lines, StandardCharsets.UTF_8);
        System.out.flush();
        System.err.flush();
        // Tests may leave non-daemon threads behind (a local DynamoDB, a server): the verdict is written.
        System.exit(0);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        lines.add(line("SKIPPED", className(test), name(test), reason == null ? "" : reason));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (test.isTest()) {
            String message = failed ? result.getThrowable().map(t -> describe(t, className(test))).orElse("failed") : "";
            String status = result.getStatus() == TestExecutionResult.Status.ABORTED ? "SKIPPED" : failed ? "FAILED" : "PASSED";
            lines.add(line(status, className(test), name(test), message));
            if (failed) {
                result.getThrowable().ifPresent(t -> printForTheLog(className(test) + " > " + name(test), t));
            }
        } else if (failed) {
            result.getThrowable().ifPresent(t -> printForTheLog(test.getDisplayName(), t));
            // A class (or engine) that failed around its tests: @BeforeAll, an extension, a static initialiser.
            String className = className(test);
            lines.add(line("FAILED", className.isEmpty() ? test.getDisplayName() : className, "(set-up of " + test.getDisplayName() + ")",
                    result.getThrowable().map(t -> describe(t, className)).orElse("failed")));
        }
    }

    /**
     * The top-level test class, as course.yaml names it: a test of a {@code @Nested} class
     * ({@code MovieTableTest$SaveAll}) belongs to its enclosing class.
     */
    private String className(TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        if (source.isPresent() && source.get() instanceof MethodSource) {
            return topLevel(((MethodSource) source.get()).getClassName());
        }
        if (source.isPresent() && source.get() instanceof ClassSource) {
            return topLevel(((ClassSource) source.get()).getClassName());
        }
        Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(test);
        return parent.isPresent() ? className(parent.get()) : "";
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    /**
     * The display names from below the top-level class down to the test, nested classes included,
     * e.g. "SaveAll > writes 25 per call" or "parses a page > [2] cards".
     */
    private String name(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        TestIdentifier current = test;
        while (current != null && !isTopLevelClass(current)) {
            names.add(0, current.getDisplayName());
            current = plan == null ? null : plan.getParent(current).orElse(null);
        }
        return String.join(" > ", names);
    }

    private static boolean isTopLevelClass(TestIdentifier test) {
        return test.getSource().isPresent() && test.getSource().get() instanceof ClassSource
                && ((ClassSource) test.getSource().get()).getClassName().indexOf('$') < 0;
    }

    /** One line for the attendee: what went wrong and, when the test class is in the trace, where. */
    static String describe(Throwable failure, String testClass) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\n")) {
            if (!line.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        String described = failure instanceof AssertionError && text.length() > 0
                ? text.toString()
                : failure.getClass().getSimpleName() + (text.length() > 0 ? ": " + text : "");
        if (described.length() > MAX_MESSAGE) {
            described = described.substring(0, MAX_MESSAGE - 1) + "…";
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            String frameClass = frame.getClassName();
            if (frame.getFileName() != null && frame.getLineNumber() > 0
                    && (frameClass.equals(testClass) || frameClass.startsWith(testClass + "$"))) {
                return described + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return described;
    }

    /** The whole story goes to the run's log (the child's standard error), next to the tests' own output. */
    private static void printForTheLog(String test, Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        System.err.println("workshop: FAILED " + test + "\n" + text);
    }

    private static String line(String status, String className, String name, String message) {
        return status + "\t" + escape(className) + "\t" + escape(name) + "\t" + escape(message);
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }
}
