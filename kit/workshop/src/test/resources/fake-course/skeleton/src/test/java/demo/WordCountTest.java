package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reads files by relative paths, as the course's tests read serverless.yml: they run in the project folder. */
class WordCountTest {

    @Test
    void countsTheProjectSample() throws IOException {
        assertEquals(3, new WordCount().count(Files.readString(Path.of("sample.txt"))));
    }

    @Test
    void countsTheSharedFileOneFolderUp() throws IOException {
        assertEquals(5, new WordCount().count(Files.readString(Path.of("../shared.txt"))));
    }

    /** Tests of a nested class count for the class course.yaml names (WordCountTest). */
    @Nested
    class Spaces {

        @Test
        void runsOfSpacesSeparateOnce() {
            assertEquals(2, new WordCount().count("two   words"));
        }
    }
}
