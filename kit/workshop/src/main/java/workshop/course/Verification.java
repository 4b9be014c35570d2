package workshop.course;

import java.util.Optional;

/**
 * The verdict on one exercise: it compiled and its tests passed, or why not.
 *
 * @param tests empty when the project did not compile (no test ran)
 */
public record Verification(Exercise exercise, CompileResult compile, Optional<TestRun> tests) {

    public boolean passed() {
        return compile.succeeded() && tests.isPresent() && tests.get().passed();
    }
}
