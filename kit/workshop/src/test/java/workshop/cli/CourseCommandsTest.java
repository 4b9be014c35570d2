package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.course.FakeCourse;

/** The course commands as an attendee types them, on the fake course (a git clone of it). */
class CourseCommandsTest {

    private static final String GREETER = "src/main/java/demo/Greeter.java";

    @TempDir
    Path folder;

    private FakeCourse fake;
    private final Cli.Properties properties = new Cli.Properties();
    private final InputStream originalIn = System.in;

    @BeforeEach
    void aClone() {
        fake = FakeCourse.copyTo(folder.resolve("clone")).committed();
        properties.set("workshop.home", fake.root().toString())
                .set("workshop.state", fake.root().resolve(".workshop").toString());
    }

    @AfterEach
    void restore() {
        properties.restore();
        System.setIn(originalIn);
    }

    @Test
    void listShowsEveryExerciseAndTheCurrentOne() {
        Cli.Run run = Cli.run("list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).containsExactly(
                "A tiny course  (0 of 2 done)",
                "> · 01  Greet someone                             10 min",
                "  · 02  Count the words of the project's sample   50 min",
                "Current: 01-greet - read exercises/01-greet/README.md, then ./workshop verify (or ./workshop watch)");
    }

    @Test
    void verifyFailsOnTheStubThenPassesAndMovesOn() {
        Cli.Run failing = Cli.run("verify");

        assertThat(failing.exitCode()).as(failing.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failing.out()).contains("01-greet  Greet someone")
                .contains("✗ greetsByName()")
                .contains("UnsupportedOperationException: Exercise 01: greet someone - see exercises/01-greet/README.md (GreeterTest.java:15)")
                .contains("✓ readsItsResource()")
                .contains("- notYet() (skipped: shows as skipped)")
                .contains("✗ 01-greet: 1 of 2 tests fail")
                .contains("stuck? ./workshop hint 1")
                .doesNotContain("\u001B[");
        assertThat(Cli.run("list").outLines()).element(1).asString().startsWith("> ✗ 01");

        fake.solve(GREETER);
        Cli.Run passing = Cli.run("verify");

        assertThat(passing.exitCode()).as(passing.toString()).isEqualTo(ExitCodes.OK);
        assertThat(passing.out()).contains("✓ 01-greet: all 2 tests pass")
                .contains("Next: 02-count-words - Count the words of the project's sample")
                .contains("read exercises/02-count-words/README.md");
        assertThat(Cli.run("list").outLines()).element(1).asString().startsWith("  ✓ 01");
        assertThat(Cli.run("list").outLines()).element(2).asString().startsWith("> · 02");
        assertThat(fake.root().resolve(".workshop/progress.json")).content().contains("\"01-greet\"").contains("verified");
    }

    @Test
    void aCompileErrorIsShownAsPathLineMessage() throws IOException {
        fake.write(GREETER, "package demo;\npublic final class Greeter {\n    public String greet(String name) { return 1; }\n}\n");

        Cli.Run run = Cli.run("verify", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("✗ your project does not compile:")
                .contains("skeleton/" + GREETER + ":3: incompatible types: int cannot be converted to java.lang.String");
    }

    @Test
    void anUnknownExerciseIsAUsageError() {
        Cli.Run run = Cli.run("verify", "7");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no exercise '7': use a number from 1 to 2");
    }

    @Test
    void hintShowsTheNextLevelEachTimeAndRemembers() {
        Cli.Run first = Cli.run("hint", "1");
        Cli.Run second = Cli.run("hint", "1");
        Cli.Run third = Cli.run("hint", "1");

        assertThat(first.out()).startsWith("Hint 1 of 2 for 01-greet:\n  Start with \"Hello, \".")
                .contains("./workshop hint 1 again for the next one");
        assertThat(second.out()).startsWith("Hint 2 of 2 for 01-greet:\n  return \"Hello, \" + name + \"!\";")
                .contains("that was the last hint; ./workshop diff 1");
        assertThat(third.out()).startsWith("Hint 2 of 2");
        assertThat(Cli.run("hint").out()).as("the current exercise's").startsWith("Hint 2 of 2 for 01-greet");
    }

    @Test
    void catchUpCopiesTheReferencesAndMovesTheCurrentExercise() {
        Cli.Run run = Cli.run("catch-up", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("copied   skeleton/" + GREETER).contains("Caught up to 02-count-words.");
        assertThat(fake.skeleton(GREETER)).hasSameTextualContentAs(fake.solutions(GREETER));
        assertThat(Cli.run("list").out()).contains("(2 of 2 done)").contains("(caught up)").contains("Every exercise is done.");
        assertThat(Cli.run("verify", "2").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void catchUpAsksBeforeOverwritingTheAttendeesWork() {
        String mine = "package demo;\n/** mine */\npublic final class Greeter { public String greet(String n) { return \"Yo\"; } }\n";
        fake.write(GREETER, mine);

        answer("n\n");
        Cli.Run declined = Cli.run("catch-up", "1");
        answer("y\n");
        Cli.Run accepted = Cli.run("catch-up", "1");

        assertThat(declined.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(declined.out()).contains("These files hold your changes, which would be lost:\n  skeleton/" + GREETER)
                .contains("Overwrite them? [y/N]");
        assertThat(declined.err()).contains("nothing changed (--yes overwrites without asking)");
        assertThat(accepted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fake.skeleton(GREETER)).hasSameTextualContentAs(fake.solutions(GREETER));
    }

    @Test
    void resetRestoresThePristineStubWithYes() {
        String stub = fake.read(fake.skeleton(GREETER));
        fake.solve(GREETER);
        Cli.run("verify", "1");

        Cli.Run run = Cli.run("reset", "1", "--yes");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("restored skeleton/" + GREETER).contains("01-greet starts again");
        assertThat(fake.read(fake.skeleton(GREETER))).isEqualTo(stub);
        assertThat(Cli.run("list").outLines()).element(1).asString().startsWith("> · 01");
        assertThat(Cli.run("reset", "1").out()).contains("already as the course ships them");
    }

    @Test
    void diffComparesTheAttendeesFileWithTheReference() {
        Cli.Run run = Cli.run("diff", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).containsSubsequence(
                "--- skeleton/" + GREETER + " (yours)",
                "+++ solutions/" + GREETER + " (reference)",
                "-        throw new UnsupportedOperationException(\"Exercise 01: greet someone - see exercises/01-greet/README.md\");",
                "+        return \"Hello, \" + name + \"!\";");
        fake.solve(GREETER);
        assertThat(Cli.run("diff", "1").out()).contains("skeleton/" + GREETER + ": same as the reference");
    }

    @Test
    void reportAndClassReport() throws IOException {
        fake.solve(GREETER);
        Cli.run("verify", "1");

        Cli.Run report = Cli.run("report", "--name", "Ada", "--suffix", "course7");

        Path written = fake.root().resolve(".workshop/report.json");
        assertThat(report.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(report.out()).contains("wrote .workshop/report.json (Ada, 1 of 2 exercises done)");
        Path collected = Files.createDirectory(folder.resolve("collected"));
        Files.copy(written, collected.resolve("ada.json"));
        Files.writeString(collected.resolve("bob.json"), "{\"name\": \"Bob\", \"exercises\": [{\"id\": \"01-greet\", \"state\": \"caught-up\"},"
                + " {\"id\": \"02-count-words\", \"state\": \"failed\"}]}");

        Cli.Run table = Cli.run("class-report", collected.toString());

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.OK);
        assertThat(table.outLines()).startsWith(
                "attendee      01 02  done",
                "Ada (course7)  ✓  ·   1/2",
                "Bob            c  ✗   1/2",
                "done           2  0  (2 attendees)");
    }

    @Test
    void courseMapPrintsWritesAndChecks() throws IOException {
        Files.writeString(fake.root().resolve("README.md"), "# Course\n<!-- course-map:start -->\n<!-- course-map:end -->\n");

        assertThat(Cli.run("course-map").out()).contains("| 01 | [Greet someone](exercises/01-greet/README.md) | `Greeter` | 10 |");
        assertThat(Cli.run("course-map", "--check").exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(Cli.run("course-map", "--write").out()).contains("updated the course map in README.md");
        assertThat(Cli.run("course-map", "--check").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fake.root().resolve("README.md")).content().contains("| 02 | [Count the words");
    }

    @Test
    void aBrokenCourseYamlIsReportedWithItsLine() throws IOException {
        Path courseFile = fake.layout().courseFile();
        Files.writeString(courseFile, fake.read(courseFile).replace("    minutes: 10", "    minutes: 10\n    level: easy"));

        Cli.Run run = Cli.run("list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("course.yaml:7: unknown key 'level'");
    }

    private void answer(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
