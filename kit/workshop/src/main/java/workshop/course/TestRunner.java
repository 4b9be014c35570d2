package workshop.course;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.commons.util.ReflectionUtils;
import org.junit.platform.launcher.core.LauncherFactory;
import workshop.course.runner.ForkedTestRunner;

/**
 * Runs test classes of a compiled project with the JUnit Platform Launcher, in a child JVM whose
 * working directory is the project folder.
 *
 * <p>Why a child JVM and not a class loader in this one: a JVM cannot change its working directory,
 * and the exercise tests read files by relative paths, as Maven runs them from the project folder
 * ({@code serverless.yml}, the resources stack at {@code ../serverless.yml}). A child JVM started in
 * the project folder sees exactly what Maven's test run sees, without changing a line of the tests.
 * It also isolates each run completely: a fresh class path every time (never a stale class of the
 * previous run), and whatever the tests leave behind (threads, a local DynamoDB with its native
 * SQLite library, which a second class loader of one JVM could not load again) ends with the child.
 * The price is the child JVM's start-up, a few hundred milliseconds, paid by ./workshop's own
 * short-lived JVM anyway when the tests load their classes.
 */
public final class TestRunner {

    private static final String RUNNER_CLASS = ForkedTestRunner.class.getName();

    private final CourseLayout layout;
    private final Duration timeout;

    public TestRunner(CourseLayout layout, Duration timeout) {
        this.layout = layout;
        this.timeout = timeout;
    }

    public TestRun run(CompileResult compiled, List<String> testClasses) {
        long start = System.nanoTime();
        Path build = layout.buildDirectory();
        Path results = build.resolve("test-results.txt");
        Path output = build.resolve("test-output.log");
        Path argumentFile = build.resolve("test-jvm.args");
        try {
            Files.createDirectories(build);
            Files.deleteIfExists(results);
            List<Path> classPath = new ArrayList<>();
            classPath.add(runnerClassFolder(build));
            classPath.addAll(compiled.classPath());
            classPath.addAll(junitPlatform());
            // An argument file keeps a long class path off the command line (Windows limits its length).
            Files.writeString(argumentFile, "-cp\n" + quote(classPath.stream().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator))) + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // Short runs: quick start-up beats peak speed.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                    "@" + argumentFile, RUNNER_CLASS, results.toString()));
            command.addAll(testClasses);
            Process process = new ProcessBuilder(command)
                    .directory(layout.project().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                List<TestResult> timedOut = new ArrayList<>(readResults(results));
                timedOut.add(new TestResult(TestResult.Status.FAILED, String.join(", ", testClasses), "(the run)",
                        "the tests did not finish within " + timeout.toSeconds() + " s: an endless loop, or a test waiting for "
                                + "something that never comes? Their output: " + layout.display(output)));
                return new TestRun(timedOut, output, millisSince(start));
            }
            if (!Files.exists(results)) {
                return new TestRun(List.of(new TestResult(TestResult.Status.FAILED, String.join(", ", testClasses), "(the run)",
                        "the test JVM ended (exit " + process.exitValue() + ") before reporting: see " + layout.display(output))),
                        output, millisSince(start));
            }
            return new TestRun(readResults(results), output, millisSince(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CourseEngineException("interrupted while the tests ran", e);
        }
    }

    /** The runner's one class file, alone in a folder, so no other class of the kit is visible to the tests. */
    private static Path runnerClassFolder(Path build) throws IOException {
        Path folder = build.resolve("runner");
        String resource = RUNNER_CLASS.replace('.', '/') + ".class";
        Path classFile = folder.resolve(resource);
        byte[] bytes;
        try (InputStream in = ForkedTestRunner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CourseEngineException("the kit is incomplete: " + resource + " not found");
            }
            bytes = in.readAllBytes();
        }
        if (!Files.exists(classFile) || Files.size(classFile) != bytes.length
                || !java.util.Arrays.equals(Files.readAllBytes(classFile), bytes)) {
            Files.createDirectories(classFile.getParent());
            Files.write(classFile, bytes);
        }
        return folder;
    }

    /**
     * The JUnit Platform's own jars as this kit has them. The project's class path has the engine
     * (junit-jupiter) but not the launcher, which Maven's Surefire adds at run time; these come after
     * the project's jars, so where both have a jar, the project's version wins.
     */
    static List<Path> junitPlatform() {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(LauncherFactory.class, TestEngine.class, ReflectionUtils.class,
                org.opentest4j.AssertionFailedError.class)) {
            try {
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | NullPointerException e) {
                throw new CourseEngineException("cannot locate the JUnit Platform's jar of " + type.getName(), e);
            }
        }
        return List.copyOf(jars);
    }

    static List<TestResult> readResults(Path results) throws IOException {
        if (!Files.exists(results)) {
            return List.of();
        }
        List<TestResult> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4) {
                parsed.add(new TestResult(TestResult.Status.valueOf(fields[0]), unescape(fields[1]), unescape(fields[2]),
                        unescape(fields[3])));
            }
        }
        return parsed;
    }

    private static String unescape(String field) {
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Quoted for a java argument file: backslashes and quotes escaped. */
    private static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
