package workshop.course;

import java.nio.file.Path;
import java.util.List;

/**
 * What compiling the project gave.
 *
 * @param upToDate true when nothing changed since the last successful build, so nothing was compiled
 * @param errors   empty when it compiled
 * @param classPath the folders and jars the tests run with (the compiled classes first)
 * @param millis   how long it took
 */
public record CompileResult(boolean upToDate, List<CompileError> errors, List<Path> classPath, long millis) {

    public CompileResult {
        errors = List.copyOf(errors);
        classPath = List.copyOf(classPath);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
