package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * skeleton/ and solutions/ as exercises/course.yaml says they are: an exercise file exists in both (the
 * stub and its reference), every other main file is given, byte for byte the same in both (catch-up only
 * ever copies exercise files), and each stub tells the attendee which exercise it belongs to.
 */
class SkeletonMatchesSolutionsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path SKELETON = ROOT.resolve("skeleton");
    private static final Path SOLUTIONS = ROOT.resolve("solutions");

    /** Exercise id → its files, relative to skeleton/ (and solutions/). */
    private static Map<String, List<String>> exerciseFiles;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheCourse() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("exercises/course.yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> course = new Yaml().load(reader);
            exerciseFiles = new LinkedHashMap<>();
            for (Map<String, Object> exercise : (List<Map<String, Object>>) course.get("exercises")) {
                exerciseFiles.put((String) exercise.get("id"), (List<String>) exercise.get("files"));
            }
        }
        assertThat(exerciseFiles).hasSize(16);
    }

    @Test
    void everyExerciseFileHasAStubAndAReference() {
        exerciseFiles.values().stream().flatMap(List::stream).forEach(file -> {
            assertThat(SKELETON.resolve(file)).as("the stub").isRegularFile();
            assertThat(SOLUTIONS.resolve(file)).as("the reference").isRegularFile();
        });
    }

    @Test
    void everyOtherMainFileIsGivenIdenticallyInBoth() throws IOException {
        Set<String> exercise = new TreeSet<>();
        exerciseFiles.values().forEach(exercise::addAll);
        Set<String> skeletonOthers = mainFiles(SKELETON);
        Set<String> solutionsOthers = mainFiles(SOLUTIONS);
        skeletonOthers.removeAll(exercise);
        solutionsOthers.removeAll(exercise);

        assertThat(skeletonOthers).as("the given files of skeleton/ (main files not in course.yaml)")
                .isEqualTo(solutionsOthers);
        List<String> different = new ArrayList<>();
        for (String file : solutionsOthers) {
            if (Files.mismatch(SKELETON.resolve(file), SOLUTIONS.resolve(file)) != -1) {
                different.add(file);
            }
        }
        assertThat(different).as("given files that differ between skeleton/ and solutions/").isEmpty();
    }

    @Test
    void eachJavaStubNamesItsExerciseAndItsReadme() throws IOException {
        for (Map.Entry<String, List<String>> exercise : exerciseFiles.entrySet()) {
            String id = exercise.getKey();
            String number = id.substring(0, 2);
            for (String file : exercise.getValue()) {
                if (!file.endsWith(".java")) {
                    continue;
                }
                String stub = Files.readString(SKELETON.resolve(file));
                assertThat(stub).as("the stub %s", file)
                        .contains("new UnsupportedOperationException(")
                        .contains("\"Exercise " + number + ": ")
                        .contains("see exercises/" + id + "/README.md\"")
                        .doesNotContainPattern("Exercise (?!" + number + ")\\d\\d: ");
                assertThat(Files.readString(SOLUTIONS.resolve(file))).as("the reference %s", file)
                        .doesNotContain("UnsupportedOperationException");
            }
        }
    }

    /** The files of src/main, relative to the project's directory. */
    private static Set<String> mainFiles(Path project) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(project.resolve("src/main"))) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(project.relativize(file).toString().replace('\\', '/')));
        }
        return files;
    }
}
