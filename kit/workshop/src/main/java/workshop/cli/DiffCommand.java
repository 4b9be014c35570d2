package workshop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.UnifiedDiff;

/** {@code ./workshop diff N}: your files of an exercise compared with the reference solution. */
@Command(name = "diff", description = "Show how your files of an exercise differ from the reference (solutions/), as a unified diff.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "The exercise (number or id).")
    private String exercise;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.forTerminal();
        Exercise chosen = CourseCommands.exercise(spec, session, exercise);
        for (String file : chosen.files()) {
            Path yours = session.layout.project().resolve(file);
            Path reference = session.layout.reference().resolve(file);
            List<String> diff = UnifiedDiff.diff(session.display(yours) + " (yours)", lines(yours),
                    session.display(reference) + " (reference)", lines(reference));
            if (diff.isEmpty()) {
                out.println(style.dim(session.display(yours) + ": same as the reference"));
            }
            for (String line : diff) {
                out.println(line.startsWith("+") ? style.green(line) : line.startsWith("-") ? style.red(line)
                        : line.startsWith("@@") ? style.dim(line) : line);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
