package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's course map, generated from course.yaml. */
class CourseMapTest {

    @TempDir
    Path folder;

    @Test
    void theMapListsEachExerciseWithItsTextFilesAndMinutes() {
        Course course = FakeCourse.copyTo(folder).course();

        assertThat(CourseMap.render(course)).isEqualTo("""
                | # | Exercise | You write | Minutes |
                |---|---|---|---:|
                | 01 | [Greet someone](exercises/01-greet/README.md) | `Greeter` | 10 |
                | 02 | [Count the words of the project's sample](exercises/02-count-words/README.md) | `WordCount` | 50 |

                2 exercises, about 1 h in all.""");
    }

    @Test
    void theMapReplacesWhatIsBetweenTheMarkersOnly() {
        Course course = FakeCourse.copyTo(folder).course();
        String readme = "# Title\n\n## Course map\n" + CourseMap.START + "\nold table\n" + CourseMap.END + "\n\n## After\n";

        String updated = CourseMap.replaceIn(readme, course);

        assertThat(updated).startsWith("# Title\n\n## Course map\n" + CourseMap.START + "\n<!-- generated")
                .endsWith("2 exercises, about 1 h in all.\n" + CourseMap.END + "\n\n## After\n")
                .doesNotContain("old table");
        assertThat(CourseMap.isUpToDate(readme, course)).isFalse();
        assertThat(CourseMap.isUpToDate(updated, course)).isTrue();
        assertThat(CourseMap.replaceIn(updated, course)).isEqualTo(updated);
        assertThatThrownBy(() -> CourseMap.replaceIn("# no markers", course)).hasMessageContaining(CourseMap.START);
    }

    @Test
    void shortNamesAndDurations() {
        assertThat(CourseMap.shortName("src/main/java/workshop/movies/MovieTable.java")).isEqualTo("`MovieTable`");
        assertThat(CourseMap.shortName("serverless.yml")).isEqualTo("`serverless.yml`");
        assertThat(CourseMap.hoursAndMinutes(45)).isEqualTo("45 min");
        assertThat(CourseMap.hoursAndMinutes(430)).isEqualTo("7 h 10 min");
    }

    /** The repository's README says what exercises/course.yaml says. */
    @Test
    void theReadmesCourseMapMatchesCourseYaml() throws IOException {
        Course course = CourseLoader.load(Path.of("../../exercises/course.yaml"));
        String readme = Files.readString(Path.of("../../README.md"));

        assertThat(CourseMap.isUpToDate(readme, course))
                .as("README.md's course map differs from exercises/course.yaml: run ./workshop course-map --write")
                .isTrue();
    }
}
