package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's schema, and problems named with their file and line. */
class CourseLoaderTest {

    private static final String VALID = """
            course: A course
            exercises:
              - id: 01-first
                title: The first
                minutes: 10
                files:
                  - src/main/java/a/First.java
                tests:
                  - a.FirstTest
                hints:
                  - look
              - id: 02-second-step
                title: The second
                minutes: 20
                files: [serverless.yml]
                tests: [a.SecondTest, a.b.ThirdTest]
                hints: []
            """;

    @TempDir
    Path folder;

    @Test
    void readsTheExercisesInOrder() throws IOException {
        Course course = CourseLoader.load(write(VALID));

        assertThat(course.title()).isEqualTo("A course");
        assertThat(course.exercises()).extracting(Exercise::id).containsExactly("01-first", "02-second-step");
        Exercise second = course.exercises().get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.minutes()).isEqualTo(20);
        assertThat(second.files()).containsExactly("serverless.yml");
        assertThat(second.tests()).containsExactly("a.SecondTest", "a.b.ThirdTest");
        assertThat(second.hints()).isEmpty();
        assertThat(second.line()).isEqualTo(12);
        assertThat(second.readmePath()).isEqualTo("exercises/02-second-step/README.md");
    }

    @Test
    void findsAnExerciseByNumberIdOrSlug() throws IOException {
        Course course = CourseLoader.load(write(VALID));

        assertThat(List.of("2", "02", "02-second-step", "second-step", " 2 ")).allSatisfy(reference ->
                assertThat(course.find(reference)).map(Exercise::id).contains("02-second-step"));
        assertThat(course.find("3")).isEmpty();
        assertThat(course.find("0")).isEmpty();
        assertThatThrownBy(() -> course.get("third")).hasMessageContaining("no exercise 'third'")
                .hasMessageContaining("from 1 to 2");
        assertThat(course.ownerOf("serverless.yml")).map(Exercise::id).contains("02-second-step");
    }

    @Test
    void theRealCourseLoads() {
        Course course = CourseLoader.load(Path.of("../../exercises/course.yaml"));

        assertThat(course.exercises()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(course.exercises()).allSatisfy(exercise -> {
            assertThat(exercise.files()).isNotEmpty();
            assertThat(exercise.tests()).isNotEmpty();
        });
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() throws IOException {
        Path file = write(VALID.replace("    tests: [a.SecondTest", "    test: [a.SecondTest"));

        assertThatThrownBy(() -> CourseLoader.load(file)).isInstanceOf(CourseFileException.class)
                .hasMessageContaining(file + ":16: unknown key 'test' (expected one of: id, title, minutes, files, tests, hints)")
                .hasMessageContaining(file + ":12: missing key 'tests'");
    }

    @Test
    void idsMustBeUniqueNnSlugAndInOrder() throws IOException {
        Path duplicate = write(VALID.replace("02-second-step", "01-first"));
        Path badForm = write(VALID.replace("02-second-step", "02_Second"));
        Path outOfOrder = write(VALID.replace("02-second-step", "03-second-step"));

        assertThatThrownBy(() -> CourseLoader.load(duplicate)).hasMessageContaining(":12: duplicate id '01-first' (first at line 3)");
        assertThatThrownBy(() -> CourseLoader.load(badForm)).hasMessageContaining(":12: id '02_Second' must be NN-slug");
        assertThatThrownBy(() -> CourseLoader.load(outOfOrder))
                .hasMessageContaining(":12: id '03-second-step' is exercise number 2 in the list: it must start with 02-");
    }

    @Test
    void aTestMustBeAClassName() throws IOException {
        Path file = write(VALID.replace("a.b.ThirdTest", "a.b.ThirdTest#method").replace("a.FirstTest", "first test"));

        assertThatThrownBy(() -> CourseLoader.load(file))
                .hasMessageContaining(":9: test 'first test' is not a class name")
                .hasMessageContaining(":16: test 'a.b.ThirdTest#method' is not a class name");
    }

    @Test
    void filesAndTestsAreNeededAndAFileBelongsToOneExercise() throws IOException {
        Path empty = write(VALID.replace("files: [serverless.yml]", "files: []"));
        Path shared = write(VALID.replace("files: [serverless.yml]", "files: [src/main/java/a/First.java]"));
        Path escaping = write(VALID.replace("files: [serverless.yml]", "files: [../serverless.yml]"));

        assertThatThrownBy(() -> CourseLoader.load(empty)).hasMessageContaining(":15: 'files' must list at least one entry");
        assertThatThrownBy(() -> CourseLoader.load(shared))
                .hasMessageContaining("file 'src/main/java/a/First.java' is already an exercise file of 01-first");
        assertThatThrownBy(() -> CourseLoader.load(escaping)).hasMessageContaining("must be relative to the project folder");
    }

    @Test
    void minutesAndHintsAreChecked() throws IOException {
        Path minutes = write(VALID.replace("minutes: 20", "minutes: soon"));
        Path noHints = write(VALID.replace("    hints: []\n", ""));

        assertThatThrownBy(() -> CourseLoader.load(minutes)).hasMessageContaining(":14: 'minutes' must be a positive whole number, not 'soon'");
        assertThatThrownBy(() -> CourseLoader.load(noHints)).hasMessageContaining(":12: missing key 'hints' (write 'hints: []'");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path file = write(VALID.replace("minutes: 10", "minutes: 0").replace("a.SecondTest", "1bad").replace("title: The second", "titel: x"));

        assertThatThrownBy(() -> CourseLoader.load(file)).satisfies(e -> assertThat(e.getMessage().lines()).hasSize(4));
    }

    @Test
    void duplicateKeysAndBrokenYamlAreNamedWithTheirLine() throws IOException {
        Path duplicateKey = write(VALID.replace("    minutes: 20\n", "    minutes: 20\n    minutes: 25\n"));
        Path broken = write(VALID.replace("    tests: [a.SecondTest, a.b.ThirdTest]", "    tests: [a.SecondTest, a.b.ThirdTest"));

        assertThatThrownBy(() -> CourseLoader.load(duplicateKey)).hasMessageContaining(":15: duplicate key 'minutes'");
        assertThatThrownBy(() -> CourseLoader.load(broken)).hasMessageStartingWith(broken + ":").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> CourseLoader.load(folder.resolve("none.yaml"))).hasMessageContaining("none.yaml: not found");
    }

    @Test
    void completenessNeedsTheListedFilesInBothProjectsAndHints() throws IOException {
        FakeCourse fake = FakeCourse.copyTo(folder.resolve("course"));
        assertThat(CourseCompleteness.problems(fake.course(), fake.layout())).isEmpty();

        Files.delete(fake.solutions("src/main/java/demo/WordCount.java"));
        Files.writeString(fake.layout().courseFile(), fake.read(fake.layout().courseFile()).replace("      - Split on spaces.\n", "      []\n")
                .replace("    hints:\n      []", "    hints: []"));

        assertThat(CourseCompleteness.problems(fake.course(), fake.layout())).containsExactly(
                "exercises/course.yaml:15: 02-count-words lists src/main/java/demo/WordCount.java, missing in solutions/",
                "exercises/course.yaml:15: 02-count-words has no hints");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(folder, "course", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
