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

/** {@code ./workshop catch-up N}: applies the reference files of exercises 1..N, for who fell behind. */
@Command(name = "catch-up", description = "Copy the reference files of exercises 1..N from solutions/ into your project (skeleton/).")
final class CatchUpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "The last exercise to catch up (number or id).")
    private String exercise;

    @Option(names = {"-y", "--yes"}, description = "Overwrite your changes without asking (for scripts).")
    private boolean yes;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Exercise last = CourseCommands.exercise(spec, session, exercise);
        List<Exercise> exercises = session.course.upTo(last);
        List<FileUpdate> updates = new ProjectFiles(session.layout, new PristineFiles(session.layout)).catchUp(exercises);
        if (!CourseCommands.mayOverwrite(updates, yes, session, out, spec.commandLine().getErr())) {
            return ExitCodes.FAILURE;
        }
        FileUpdate.apply(updates);
        for (FileUpdate update : updates) {
            out.println((update.state() == FileUpdate.State.SAME ? "  same     " : "  copied   ") + session.display(update.target()));
        }
        Progress progress = session.progress();
        for (Exercise caughtUp : exercises) {
            if (progress.state(caughtUp) != Progress.State.VERIFIED) {
                progress.recordCaughtUp(caughtUp, session.clock.instant());
            }
        }
        session.store.save(progress);
        out.println("Caught up to " + last.id() + "."
                + session.after(last).map(next -> " Next: " + next.id() + " - read " + next.readmePath()).orElse(""));
        out.flush();
        return ExitCodes.OK;
    }
}
