package workshop.course;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the tiny course in src/test/resources/fake-course (two exercises, plain Java and JUnit),
 * in a temporary folder, with the class path file a Maven build would write: the engine's tests never
 * depend on the real course.
 */
public final class FakeCourse {

    private final Path root;

    private FakeCourse(Path root) {
        this.root = root;
    }

    /** A fresh copy in {@code folder}, its skeleton's class path file written. */
    public static FakeCourse copyTo(Path folder) {
        try {
            Path source = Path.of(FakeCourse.class.getResource("/fake-course").toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path path : walk.toList()) {
                    Path target = folder.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
            FakeCourse course = new FakeCourse(folder);
            Files.createDirectories(course.layout().classpathFile().getParent());
            Files.writeString(course.layout().classpathFile(), testClassPath(), StandardCharsets.UTF_8);
            return course;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JUnit jars of this test run: what the fake skeleton's tests compile and run against. */
    static String testClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> entry.contains("junit") || entry.contains("opentest4j") || entry.contains("apiguardian"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Makes the copy a git repository with one commit: the pristine files for reset and catch-up. */
    public FakeCourse committed() {
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "the course");
        return this;
    }

    public Path root() {
        return root;
    }

    public CourseLayout layout() {
        return CourseLayout.of(root);
    }

    public Course course() {
        return layout().loadCourse();
    }

    public Path skeleton(String file) {
        return root.resolve("skeleton").resolve(file);
    }

    public Path solutions(String file) {
        return root.resolve("solutions").resolve(file);
    }

    /** Copies the reference of a file into the skeleton, as catch-up does. */
    public void solve(String file) {
        try {
            Files.copy(solutions(file), skeleton(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String skeletonFile, String content) {
        try {
            Files.createDirectories(skeleton(skeletonFile).getParent());
            Files.writeString(skeleton(skeletonFile), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void git(String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
