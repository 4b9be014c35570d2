package workshop.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.Progress;
import workshop.course.Verification;

/** {@code ./workshop verify [N]}: compiles your project and runs an exercise's tests. */
@Command(name = "verify", description = "Compile your project (skeleton/) and run an exercise's tests: exit 0 when they pass.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N",
            description = "The exercise: number or id (default: the current one, the first not yet verified).")
    private String exercise;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = session.progress();
        Optional<Exercise> chosen = exercise == null ? progress.current(session.course)
                : Optional.of(CourseCommands.exercise(spec, session, exercise));
        if (chosen.isEmpty()) {
            out.println("Every exercise is done. ./workshop verify N runs an exercise's tests again.");
            return ExitCodes.OK;
        }
        return verify(session, chosen.get(), new VerificationPrinter(out, Style.forTerminal(), session));
    }

    /** Verifies one exercise, prints the verdict and records it; the exit code. */
    static int verify(CourseSession session, Exercise exercise, VerificationPrinter printer) {
        printer.header(exercise);
        Verification verification = session.engine().verify(exercise);
        printer.print(verification);
        Progress progress = session.progress();
        progress.recordVerdict(exercise, verification.passed(), session.clock.instant());
        session.store.save(progress);
        return verification.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
