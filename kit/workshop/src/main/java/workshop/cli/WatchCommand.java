package workshop.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.course.ChangeDebouncer;
import workshop.course.Exercise;
import workshop.course.ProjectWatcher;
import workshop.course.WatchLoop;

/** {@code ./workshop watch}: verifies the current exercise every time you save. */
@Command(name = "watch", description = "Verify the current exercise now and again on every save under skeleton/src "
        + "or of skeleton/serverless.yml (Ctrl-C to stop).")
final class WatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quiet-ms", defaultValue = "300", hidden = true,
            description = "How long the files must be quiet after a change before verifying.")
    private long quietMillis;

    @Override
    public Integer call() throws InterruptedException {
        CourseSession session = CourseSession.open();
        PrintWriter out = spec.commandLine().getOut();
        VerificationPrinter printer = new VerificationPrinter(out, Style.forTerminal(), session);
        try (ProjectWatcher watcher = new ProjectWatcher(session.layout.project())) {
            WatchLoop loop = new WatchLoop(watcher, new ChangeDebouncer(Duration.ofMillis(quietMillis)), session.clock,
                    () -> verifyCurrent(session, printer, out));
            verifyCurrent(session, printer, out);
            while (true) {
                loop.awaitAndVerify();
            }
        }
    }

    private void verifyCurrent(CourseSession session, VerificationPrinter printer, PrintWriter out) {
        Optional<Exercise> current = session.progress().current(session.course);
        if (current.isEmpty()) {
            out.println("Every exercise is done. Watching on anyway; Ctrl-C to stop.");
        } else {
            try {
                VerifyCommand.verify(session, current.get(), printer);
            } catch (RuntimeException e) {
                // A broken state (e.g. a missing class path file) must not end the watch: say it and wait for a fix.
                out.println("error: " + e.getMessage());
            }
        }
        out.println(Style.forTerminal().dim("watching " + session.display(session.layout.project().resolve("src")) + " and "
                + session.display(session.layout.project().resolve("serverless.yml")) + ": save a file to verify again; Ctrl-C to stop"));
        out.flush();
    }
}
