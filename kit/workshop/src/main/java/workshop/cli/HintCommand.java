package workshop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.Progress;

/** {@code ./workshop hint [N]}: the next hint of an exercise, from a nudge to nearly the answer. */
@Command(name = "hint", description = "Show the next hint of an exercise (each call goes one step further).")
final class HintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The exercise (default: the current one).")
    private String exercise;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.forTerminal();
        Progress progress = session.progress();
        Exercise chosen = exercise != null ? CourseCommands.exercise(spec, session, exercise)
                : progress.current(session.course).orElse(session.course.exercises().get(session.course.exercises().size() - 1));
        int count = chosen.hints().size();
        if (count == 0) {
            out.println(chosen.id() + " has no hints yet. Its text: " + chosen.readmePath()
                    + "; the reference: ./workshop diff " + chosen.number());
            out.flush();
            return ExitCodes.OK;
        }
        int level = Math.min(progress.hintsShown(chosen) + 1, count);
        out.println(style.bold("Hint " + level + " of " + count) + " for " + chosen.id() + ":");
        chosen.hints().get(level - 1).strip().lines().forEach(line -> out.println("  " + line));
        out.println(level < count ? style.dim("(./workshop hint " + chosen.number() + " again for the next one)")
                : style.dim("(that was the last hint; ./workshop diff " + chosen.number() + " compares your files with the reference)"));
        progress.recordHintShown(chosen, level);
        session.store.save(progress);
        out.flush();
        return ExitCodes.OK;
    }
}
