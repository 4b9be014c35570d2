package workshop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import workshop.course.CompileError;
import workshop.course.Exercise;
import workshop.course.TestResult;
import workshop.course.TestRun;
import workshop.course.Verification;

/** Prints a verification for the attendee: compiler errors, or each test's outcome, then what to do next. */
final class VerificationPrinter {

    private final PrintWriter out;
    private final Style style;
    private final CourseSession session;

    VerificationPrinter(PrintWriter out, Style style, CourseSession session) {
        this.out = out;
        this.style = style;
        this.session = session;
    }

    void header(Exercise exercise) {
        out.println(style.bold(exercise.id()) + "  " + exercise.title());
        out.flush();
    }

    void print(Verification verification) {
        Exercise exercise = verification.exercise();
        if (!verification.compile().succeeded()) {
            out.println(style.red("✗ your project does not compile:"));
            for (CompileError error : verification.compile().errors()) {
                String[] lines = error.message().split("\n");
                out.println("  " + error.file() + ":" + error.line() + ": " + lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    out.println("      " + lines[i]);
                }
            }
            out.println("Fix " + (verification.compile().errors().size() == 1 ? "it" : "them") + ", then verify again.");
            out.flush();
            return;
        }
        TestRun run = verification.tests().orElseThrow();
        String lastClass = "";
        for (TestResult result : run.results()) {
            if (!result.className().equals(lastClass)) {
                out.println("  " + style.bold(result.simpleClassName()));
                lastClass = result.className();
            }
            if (result.status() == TestResult.Status.PASSED) {
                out.println("    " + style.green("✓") + " " + result.name());
            } else if (result.status() == TestResult.Status.SKIPPED) {
                out.println("    " + style.yellow("-") + " " + result.name() + style.dim(" (skipped" + reason(result) + ")"));
            } else {
                out.println("    " + style.red("✗") + " " + (result.name().isEmpty() ? "(the class)" : result.name()));
                out.println("        " + result.message());
            }
        }
        long passed = run.count(TestResult.Status.PASSED);
        long total = passed + run.failures().size();
        String seconds = String.format(Locale.ROOT, "%.1f s", (verification.compile().millis() + run.millis()) / 1000.0);
        if (verification.passed()) {
            out.println(style.green("✓ " + exercise.id() + ": all " + passed + " tests pass") + style.dim(" (" + seconds + ")"));
            Optional<Exercise> next = session.after(exercise);
            out.println(next.map(n -> "Next: " + style.bold(n.id()) + " - " + n.title() + "\n      read " + n.readmePath())
                    .orElse("That was the last exercise: well done!"));
        } else {
            out.println(style.red("✗ " + exercise.id() + ": " + (total == 0 ? "no test ran" : run.failures().size() + " of " + total
                    + " tests fail")) + style.dim(" (" + seconds + "; the tests' output: " + session.display(run.output()) + ")"));
            out.println("Read " + exercise.readmePath() + "; stuck? ./workshop hint " + exercise.number());
        }
        out.flush();
    }

    private static String reason(TestResult result) {
        return result.message().isEmpty() ? "" : ": " + result.message();
    }
}
