package workshop.course;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Verifies exercises: compiles the attendee's project ({@link ProjectCompiler}), then runs the
 * exercise's test classes ({@link TestRunner}). The CLI's verify and watch, and the integrity check,
 * all go through here.
 */
public final class CourseEngine {

    /** Long enough for the slowest exercise (a local DynamoDB starts), short enough to stop an endless loop. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final ProjectCompiler compiler;
    private final TestRunner runner;

    public CourseEngine(CourseLayout layout) {
        this(layout, DEFAULT_TIMEOUT);
    }

    public CourseEngine(CourseLayout layout, Duration timeout) {
        this.compiler = new ProjectCompiler(layout);
        this.runner = new TestRunner(layout, timeout);
    }

    public Verification verify(Exercise exercise) {
        CompileResult compiled = compiler.compile();
        if (!compiled.succeeded()) {
            return new Verification(exercise, compiled, Optional.empty());
        }
        return new Verification(exercise, compiled, Optional.of(runner.run(compiled, exercise.tests())));
    }

    /** Compiles the project (unless up to date). */
    public CompileResult compile() {
        return compiler.compile();
    }

    /** Runs test classes of the compiled project in one launcher call. */
    public TestRun run(CompileResult compiled, List<String> testClasses) {
        return runner.run(compiled, testClasses);
    }
}
