package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What catch-up and reset would write, and whose work they would overwrite. */
class ProjectFilesTest {

    private static final String GREETER = "src/main/java/demo/Greeter.java";
    private static final String WORD_COUNT = "src/main/java/demo/WordCount.java";

    @TempDir
    Path folder;

    private FakeCourse fake;
    private Course course;
    private ProjectFiles files;

    @BeforeEach
    void committedCourse() {
        fake = FakeCourse.copyTo(folder).committed();
        course = fake.course();
        files = new ProjectFiles(fake.layout(), new PristineFiles(fake.layout()));
    }

    @Test
    void catchUpOverPristineStubsIsSafeAndCopiesTheReferences() {
        List<FileUpdate> updates = files.catchUp(course.upTo(course.get("2")));

        assertThat(updates).extracting(FileUpdate::file, FileUpdate::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GREETER, FileUpdate.State.SAFE),
                org.assertj.core.groups.Tuple.tuple(WORD_COUNT, FileUpdate.State.SAFE));
        FileUpdate.apply(updates);
        assertThat(fake.skeleton(GREETER)).hasSameTextualContentAs(fake.solutions(GREETER));
        assertThat(files.catchUp(course.upTo(course.get("2")))).extracting(FileUpdate::state)
                .containsOnly(FileUpdate.State.SAME);
    }

    @Test
    void catchUpOverTheAttendeesWorkSaysItWouldOverwriteIt() {
        fake.write(GREETER, "package demo;\npublic final class Greeter { public String greet(String n) { return \"Hi\"; } }\n");

        assertThat(files.catchUp(course.upTo(course.get("1")))).singleElement()
                .extracting(FileUpdate::state).isEqualTo(FileUpdate.State.OVERWRITES_CHANGES);
    }

    @Test
    void withoutGitAnyDifferenceFromTheReferenceCountsAsTheAttendeesWork() {
        ProjectFiles withoutGit = new ProjectFiles(fake.layout(), new PristineFiles(fake.layout()) {
            @Override
            public java.util.Optional<byte[]> read(String file) {
                return java.util.Optional.empty();
            }
        });

        assertThat(withoutGit.catchUp(course.upTo(course.get("1")))).singleElement()
                .extracting(FileUpdate::state).isEqualTo(FileUpdate.State.OVERWRITES_CHANGES);
        assertThatThrownBy(() -> withoutGit.reset(course.get("1"))).hasMessageContaining("its pristine version is not in git");
    }

    @Test
    void resetBringsBackThePristineStub() {
        String stub = fake.read(fake.skeleton(GREETER));
        fake.solve(GREETER);

        List<FileUpdate> updates = files.reset(course.get("1"));

        assertThat(updates).singleElement().extracting(FileUpdate::state).isEqualTo(FileUpdate.State.OVERWRITES_CHANGES);
        FileUpdate.apply(updates);
        assertThat(fake.read(fake.skeleton(GREETER))).isEqualTo(stub);
        assertThat(files.reset(course.get("1"))).singleElement().extracting(FileUpdate::state).isEqualTo(FileUpdate.State.SAME);
    }
}
