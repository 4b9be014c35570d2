package workshop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.course.Exercise;
import workshop.course.ProgressReport;

/** {@code ./workshop class-report DIR}: the attendees' reports as one table, for the instructor. */
@Command(name = "class-report", description = "Read every attendee report (JSON) in a folder and print a table: attendee × exercise.")
final class ClassReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder with the collected report files (*.json).")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("error: " + folder + " is not a folder");
            return ExitCodes.FAILURE;
        }
        CourseSession session = CourseSession.open();
        List<Path> skipped = new ArrayList<>();
        List<ProgressReport> reports = ProgressReport.readAll(folder, skipped);
        skipped.forEach(file -> err.println("skipped " + file + ": not a ./workshop report"));
        if (reports.isEmpty()) {
            out.println("no reports in " + folder + " (each attendee runs ./workshop report and sends .workshop/report.json)");
            out.flush();
            return ExitCodes.OK;
        }
        out.print(table(session.course.exercises(), reports));
        out.println("✓ verified  c caught up  ✗ last verify failed  · not started");
        out.flush();
        return ExitCodes.OK;
    }

    static String table(List<Exercise> exercises, List<ProgressReport> reports) {
        int nameWidth = Math.max("attendee".length(), reports.stream().mapToInt(r -> label(r).length()).max().orElse(0));
        StringBuilder text = new StringBuilder(String.format("%-" + nameWidth + "s", "attendee"));
        exercises.forEach(exercise -> text.append(' ').append(exercise.id(), 0, 2));
        text.append("  done\n");
        int[] perExercise = new int[exercises.size()];
        for (ProgressReport report : reports) {
            text.append(String.format("%-" + nameWidth + "s", label(report)));
            int done = 0;
            for (int i = 0; i < exercises.size(); i++) {
                String state = report.states().getOrDefault(exercises.get(i).id(), "");
                String mark = state.equals("verified") ? "✓" : state.equals("caught-up") ? "c" : state.equals("failed") ? "✗" : "·";
                if (state.equals("verified") || state.equals("caught-up")) {
                    done++;
                    perExercise[i]++;
                }
                text.append("  ").append(mark);
            }
            text.append(String.format("  %2d/%d%n", done, exercises.size()));
        }
        text.append(String.format("%-" + nameWidth + "s", "done"));
        for (int count : perExercise) {
            text.append(String.format(" %2d", count));
        }
        text.append(String.format("  (%d attendees)%n", reports.size()));
        return text.toString();
    }

    private static String label(ProgressReport report) {
        return report.suffix().isEmpty() ? report.name() : report.name() + " (" + report.suffix() + ")";
    }
}
