package workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.course.CourseMap;
import workshop.course.ProgressStore;

/** {@code ./workshop course-map}: the README's table of exercises, from exercises/course.yaml. */
@Command(name = "course-map", description = "Print the course map (the README's table of exercises) from exercises/course.yaml.")
final class CourseMapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--write", description = "Replace the map in README.md (between its course-map markers).")
    private boolean write;

    @Option(names = "--check", description = "Exit 1 when README.md's map differs from course.yaml.")
    private boolean check;

    @Override
    public Integer call() throws IOException {
        CourseSession session = CourseSession.open();
        if (!write && !check) {
            spec.commandLine().getOut().println(CourseMap.render(session.course));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path readme = session.layout.root().resolve("README.md");
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean upToDate = CourseMap.isUpToDate(text, session.course);
        if (check) {
            spec.commandLine().getOut().println(upToDate ? "README.md's course map matches course.yaml"
                    : "README.md's course map differs from course.yaml: run ./workshop course-map --write");
            spec.commandLine().getOut().flush();
            return upToDate ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        if (!upToDate) {
            ProgressStore.writeAtomically(readme, CourseMap.replaceIn(text, session.course));
        }
        spec.commandLine().getOut().println(upToDate ? "README.md's course map was already up to date" : "updated the course map in README.md");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
