package workshop.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.Progress;

/** {@code ./workshop list}: the exercises and where you stand. */
@Command(name = "list", description = "List the exercises: ✓ done, ✗ last verify failed, · not started; > the current one.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.forTerminal();
        Progress progress = session.progress();
        Optional<Exercise> current = progress.current(session.course);
        long done = session.course.exercises().stream().filter(progress::isDone).count();
        out.println(style.bold(session.course.title()) + "  (" + done + " of " + session.course.exercises().size() + " done)");
        int width = session.course.exercises().stream().mapToInt(e -> e.title().length()).max().orElse(0);
        for (Exercise exercise : session.course.exercises()) {
            Progress.State state = progress.state(exercise);
            String mark = state == Progress.State.VERIFIED || state == Progress.State.CAUGHT_UP ? style.green("✓")
                    : state == Progress.State.FAILED ? style.red("✗") : style.dim("·");
            boolean isCurrent = current.isPresent() && current.get().equals(exercise);
            String line = (isCurrent ? style.bold(">") : " ") + " " + mark + " " + exercise.id().substring(0, 2) + "  "
                    + String.format("%-" + width + "s", exercise.title()) + "  " + String.format("%3d min", exercise.minutes())
                    + (state == Progress.State.CAUGHT_UP ? style.dim("  (caught up)") : "");
            out.println(isCurrent ? style.bold(line) : line);
        }
        out.println(current.map(e -> "Current: " + e.id() + " - read " + e.readmePath() + ", then ./workshop verify (or ./workshop watch)")
                .orElse("Every exercise is done."));
        out.flush();
        return ExitCodes.OK;
    }
}
