package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity check on the fake course: sound as shipped, and each kind of breakage found. */
class IntegrityCheckTest {

    private static final String GREETER = "src/main/java/demo/Greeter.java";

    @TempDir
    Path folder;

    @Test
    void theFakeCourseIsSoundAndTheTableSaysSo() {
        FakeCourse fake = FakeCourse.copyTo(folder.resolve("course"));

        IntegrityCheck.Result result = new IntegrityCheck(fake.layout(), folder.resolve("work")).run();

        assertThat(result.problems()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.steps()).extracting(step -> step.exercise().id(), IntegrityCheck.Step::failingBefore,
                IntegrityCheck.Step::testsBefore, IntegrityCheck.Step::passingAfter, IntegrityCheck.Step::testsAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("01-greet", 1L, 2L, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("02-count-words", 3L, 3L, 5L, 5L));
        assertThat(result.table()).contains("01-greet").contains("1 of 2").contains("5 of 5").contains("the course is sound");
        assertThat(fake.read(fake.skeleton(GREETER))).as("the real project is never touched").contains("Exercise 01");
    }

    @Test
    void aStubThatAlreadyPassesIsFound() throws IOException {
        FakeCourse fake = FakeCourse.copyTo(folder.resolve("course"));
        String solved = fake.read(fake.solutions(GREETER)).replace("/** Exercise 01-greet. */", "/** Exercise 01-greet, solved already. */");
        Files.writeString(fake.skeleton(GREETER), solved);

        IntegrityCheck.Result result = new IntegrityCheck(fake.layout(), folder.resolve("work")).run();

        assertThat(result.problems()).containsExactly("01-greet: demo.GreeterTest does not fail on the pristine project: "
                + "the exercise would be verified before the attendee writes anything");
    }

    @Test
    void aReferenceThatFailsItsTestsIsFound() throws IOException {
        FakeCourse fake = FakeCourse.copyTo(folder.resolve("course"));
        Files.writeString(fake.solutions(GREETER), fake.read(fake.solutions(GREETER)).replace("\"Hello, \"", "\"Hi, \""));

        IntegrityCheck.Result result = new IntegrityCheck(fake.layout(), folder.resolve("work")).run();

        assertThat(result.problems()).singleElement().asString()
                .startsWith("01-greet: GreeterTest > greetsByName() fails with 1..1 caught up: expected: <Hello, Ada!> but was: <Hi, Ada!>");
    }

    @Test
    void givenFilesMustBeIdenticalAndStubsMustNameTheirExercise() throws IOException {
        FakeCourse fake = FakeCourse.copyTo(folder.resolve("course"));
        Files.writeString(fake.skeleton("src/main/java/demo/Text.java"), fake.read(fake.skeleton("src/main/java/demo/Text.java")) + "\n");
        Files.writeString(fake.skeleton(GREETER), fake.read(fake.skeleton(GREETER)).replace("exercises/01-greet/README.md", "the README")
                .replace("Exercise 01-greet.", "Greets."));
        fake.write("src/main/java/demo/Stray.java", "package demo;\nclass Stray {}\n");

        IntegrityCheck.Result result = new IntegrityCheck(fake.layout(), folder.resolve("work")).run();

        assertThat(result.problems()).containsExactlyInAnyOrder(
                "skeleton/" + GREETER + ": the stub of 01-greet does not mention its exercise ('01-greet')",
                "skeleton/src/main/java/demo/Stray.java is in no exercise's files and not in solutions/",
                "skeleton/src/main/java/demo/Text.java is a given file (in no exercise's files) but differs from "
                        + "solutions/src/main/java/demo/Text.java: catch-up would never bring the attendee the reference's version");
        assertThat(result.steps()).as("no test run while the files are wrong").isEmpty();
    }
}
