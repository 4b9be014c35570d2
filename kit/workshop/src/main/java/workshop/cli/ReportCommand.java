package workshop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.course.ProgressReport;
import workshop.course.ProgressStore;

/** {@code ./workshop report}: your progress as a small JSON file for the instructor. */
@Command(name = "report", description = "Write your progress to .workshop/report.json for the instructor (./workshop class-report).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", description = "Your name in the class table (default: your login name).")
    private String name;

    @Option(names = "--suffix", description = "Your stack suffix (default: the 'suffix' environment variable, if set).")
    private String suffix;

    @Override
    public Integer call() {
        CourseSession session = CourseSession.open();
        String who = name != null && !name.isBlank() ? name.strip() : loginName();
        String stackSuffix = suffix != null ? suffix : System.getenv().getOrDefault("suffix", "");
        ProgressReport report = ProgressReport.of(who, stackSuffix, session.course, session.progress(), session.clock.instant());
        Path file = WorkshopHome.stateDirectory().resolve("report.json");
        ProgressStore.writeAtomically(file, report.toJson());
        spec.commandLine().getOut().println("wrote " + session.display(file) + " (" + who + ", "
                + report.states().values().stream().filter(s -> !s.equals("failed")).count() + " of "
                + session.course.exercises().size() + " exercises done)");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String loginName() {
        String user = System.getenv("USER");
        if (user == null || user.isBlank()) {
            user = System.getenv("USERNAME");
        }
        return user == null || user.isBlank() ? System.getProperty("user.name") : user;
    }
}
