package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress: the current exercise, hint levels, and the file that keeps them. */
class ProgressStoreTest {

    private static final Instant MORNING = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path folder;

    private Course course;
    private Exercise first;
    private Exercise second;

    @BeforeEach
    void course() {
        course = FakeCourse.copyTo(folder.resolve("course")).course();
        first = course.get("1");
        second = course.get("2");
    }

    @Test
    void theCurrentExerciseIsTheFirstNotVerifiedNorCaughtUp() {
        Progress progress = new Progress();
        assertThat(progress.current(course)).contains(first);

        progress.recordVerdict(first, false, MORNING);
        assertThat(progress.state(first)).isEqualTo(Progress.State.FAILED);
        assertThat(progress.current(course)).contains(first);

        progress.recordVerdict(first, true, NOON);
        assertThat(progress.current(course)).contains(second);

        progress.recordCaughtUp(second, NOON);
        assertThat(progress.current(course)).isEmpty();

        progress.forget(second);
        assertThat(progress.current(course)).contains(second);
    }

    @Test
    void theFirstPassIsRemembered() {
        Progress progress = new Progress();
        progress.recordVerdict(first, true, MORNING);
        progress.recordVerdict(first, false, NOON);
        progress.recordVerdict(first, true, NOON.plusSeconds(60));

        assertThat(progress.entry(first)).get().extracting(Progress.Entry::firstVerifiedAt).isEqualTo(MORNING);
    }

    @Test
    void hintLevelsOnlyGoUp() {
        Progress progress = new Progress();
        progress.recordHintShown(first, 2);
        progress.recordHintShown(first, 1);

        assertThat(progress.hintsShown(first)).isEqualTo(2);
        assertThat(progress.hintsShown(second)).isZero();
    }

    @Test
    void progressSurvivesARoundTripThroughTheFile() throws IOException {
        ProgressStore store = new ProgressStore(folder.resolve(".workshop/progress.json"));
        Progress progress = new Progress();
        progress.recordVerdict(first, true, MORNING);
        progress.recordCaughtUp(second, NOON);
        progress.recordHintShown(second, 1);

        store.save(progress);
        Progress read = store.load();

        assertThat(read.state(first)).isEqualTo(Progress.State.VERIFIED);
        assertThat(read.entry(first)).get().isEqualTo(new Progress.Entry(Progress.State.VERIFIED, MORNING, MORNING));
        assertThat(read.state(second)).isEqualTo(Progress.State.CAUGHT_UP);
        assertThat(read.hintsShown(second)).isEqualTo(1);
        assertThat(Files.readString(store.file())).contains("\"state\": \"caught-up\"").contains("\"01-greet\"");
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(store.file());
        }
    }

    @Test
    void noFileIsNoProgressAndAnUnreadableFileIsReportedNotReplaced() throws IOException {
        ProgressStore store = new ProgressStore(folder.resolve("progress.json"));
        assertThat(store.load().current(course)).contains(first);

        Files.writeString(store.file(), "{\"exercises\": {\"01-greet\": {\"state\": \"sleeping\"}}}");

        assertThatThrownBy(store::load).isInstanceOf(CourseEngineException.class)
                .hasMessageContaining("progress.json is not a progress file the workshop can read");
    }
}
