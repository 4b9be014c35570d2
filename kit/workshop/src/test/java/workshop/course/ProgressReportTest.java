package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attendee's report file and reading a folder of them. */
class ProgressReportTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aReportHoldsWhoAndTheExercisesDoneWithTheirTimes() throws IOException {
        Course course = FakeCourse.copyTo(folder.resolve("course")).course();
        Progress progress = new Progress();
        progress.recordVerdict(course.get("1"), true, NOON);
        progress.recordVerdict(course.get("2"), false, NOON.plusSeconds(60));

        ProgressReport report = ProgressReport.of("ada", "course7", course, progress, NOON.plusSeconds(120));
        Path file = folder.resolve("ada.json");
        Files.writeString(file, report.toJson());

        assertThat(report.toJson()).contains("\"name\": \"ada\"").contains("\"suffix\": \"course7\"")
                .contains("\"verifiedAt\": \"2025-03-01T12:00:00Z\"");
        assertThat(ProgressReport.read(file)).contains(report);
        assertThat(report.states()).isEqualTo(Map.of("01-greet", "verified", "02-count-words", "failed"));
    }

    @Test
    void aFolderOfReportsIsReadSortedByNameSkippingOtherFiles() throws IOException {
        Course course = FakeCourse.copyTo(folder.resolve("course")).course();
        Path reports = Files.createDirectory(folder.resolve("reports"));
        Files.writeString(reports.resolve("1.json"), ProgressReport.of("Zoe", "", course, new Progress(), NOON).toJson());
        Files.writeString(reports.resolve("2.json"), ProgressReport.of("bob", "", course, new Progress(), NOON).toJson());
        Files.writeString(reports.resolve("other.json"), "{\"something\": 1}");
        Files.writeString(reports.resolve("broken.json"), "{");
        Files.writeString(reports.resolve("notes.txt"), "not json");

        List<Path> skipped = new ArrayList<>();
        List<ProgressReport> read = ProgressReport.readAll(reports, skipped);

        assertThat(read).extracting(ProgressReport::name).containsExactly("bob", "Zoe");
        assertThat(skipped).extracting(path -> path.getFileName().toString()).containsExactly("broken.json", "other.json");
    }
}
