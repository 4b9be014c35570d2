package workshop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.FileUpdate;
import workshop.course.PristineFiles;
import workshop.course.Progress;
import workshop.course.ProjectFiles;

/** {@code ./workshop reset N}: puts an exercise's files back as the course ships them, to start it again. */
@Command(name = "reset", description = "Restore an exercise's files in your project to the course's original stubs (from git).")
final class ResetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "The exercise (number or id).")
    private String exercise;

    @Option(names = {"-y", "--yes"}, description = "Discard your changes without asking (for scripts).")
    private boolean yes;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Exercise chosen = CourseCommands.exercise(spec, session, exercise);
        List<FileUpdate> updates = new ProjectFiles(session.layout, new PristineFiles(session.layout)).reset(chosen);
        if (updates.stream().allMatch(update -> update.state() == FileUpdate.State.SAME)) {
            out.println(chosen.id() + ": its files are already as the course ships them.");
            out.flush();
            return ExitCodes.OK;
        }
        if (!CourseCommands.mayOverwrite(updates, yes, session, out, spec.commandLine().getErr())) {
            return ExitCodes.FAILURE;
        }
        FileUpdate.apply(updates);
        updates.forEach(update -> out.println((update.state() == FileUpdate.State.SAME ? "  same     " : "  restored ")
                + session.display(update.target())));
        Progress progress = session.progress();
        progress.forget(chosen);
        session.store.save(progress);
        out.println(chosen.id() + " starts again: " + chosen.readmePath());
        out.flush();
        return ExitCodes.OK;
    }
}
