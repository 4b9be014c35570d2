package workshop.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.course.Course;
import workshop.course.CourseLayout;
import workshop.course.Exercise;
import workshop.course.IntegrityCheck;

/**
 * The course is sound: for every exercise N of exercises/course.yaml, in order, on a copy of skeleton/
 * with exercises 1..N-1 caught up, N's tests fail; with N caught up they pass, and so do those of
 * every earlier exercise. Before the runs: course.yaml is complete (files in both projects, hints),
 * every stub names its exercise, every given file is identical in skeleton/ and solutions/.
 * (solutions/ passing every test is its own build's job: it runs the same test classes.)
 *
 * <p>The real skeleton/ and solutions/ are never modified: the check works on temporary copies.
 */
class CourseIntegrityTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void everyExerciseFailsBeforeAndPassesAfterItsCatchUp() {
        CourseLayout layout = CourseLayout.of(ROOT);
        Course course = layout.loadCourse();
        Assumptions.assumeTrue(hasTheCourse(layout, course), "skeleton/ has no course yet (no exercise test in "
                + "skeleton/src/test/java, e.g. " + course.exercises().get(0).tests().get(0)
                + "): the integrity check runs once the skeleton's stubs and tests are in");
        assertThat(layout.classpathFile()).as("the skeleton's build writes its class path (dependency:build-classpath in "
                + "generate-sources); build it first: ./mvnw -B -pl skeleton generate-sources").exists();

        IntegrityCheck.Result result = new IntegrityCheck(layout, work).run();

        System.out.println("Course integrity check (" + course.exercises().size() + " exercises):");
        System.out.print(result.table());
        result.problems().forEach(problem -> System.out.println("  PROBLEM " + problem));
        assertThat(result.problems()).as("the course's problems").isEmpty();
        assertThat(result.steps()).extracting(IntegrityCheck.Step::exercise).containsExactlyElementsOf(course.exercises());
    }

    /** True when at least one exercise test's source is in skeleton/src/test/java. */
    private static boolean hasTheCourse(CourseLayout layout, Course course) {
        Path tests = layout.project().resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(tests)) {
            return files.anyMatch(file -> course.exercises().stream().map(Exercise::tests).flatMap(java.util.List::stream)
                    .anyMatch(test -> file.endsWith(test.replace('.', '/') + ".java")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
