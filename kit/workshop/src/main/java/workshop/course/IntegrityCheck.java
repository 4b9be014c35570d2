package workshop.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Proves the course, in the spirit of rustlings' check-all: for every exercise N in order, on a copy of
 * the attendee's project with exercises 1..N-1 caught up, N's tests FAIL; once N is caught up they
 * PASS, and so do the tests of every earlier exercise. Before that, the files themselves: course.yaml
 * complete, every listed file in both projects, every stub naming its exercise, and every other main
 * file (the GIVEN ones) identical in both projects, since catch-up only ever copies listed files.
 *
 * <p>Cost is kept down by sharing: the state "1..N caught up" is both the "after" of N and the "before"
 * of N+1, so each step compiles once and runs, in one launcher call, the tests of 1..N (which must pass)
 * with those of N+1 (which must fail).
 */
public final class IntegrityCheck {

    /**
     * One exercise's line in the table.
     *
     * @param failingBefore tests of this exercise failing before it is caught up (of {@code testsBefore})
     * @param passingAfter  tests of exercises 1..N passing once N is caught up (of {@code testsAfter})
     * @param seconds       the step that caught it up: copy, compile, run
     */
    public record Step(Exercise exercise, long failingBefore, long testsBefore, long passingAfter, long testsAfter,
                       double seconds) {
    }

    /** The verdict: no problems means the course is sound. */
    public record Result(List<String> problems, List<Step> steps, double seconds) {

        public boolean passed() {
            return problems.isEmpty();
        }

        /** The table: exercise, tests failing before, passing after, seconds. */
        public String table() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %16s %22s %8s%n",
                    "exercise", "failing before", "passing after (1..N)", "seconds"));
            for (Step step : steps) {
                text.append(String.format(Locale.ROOT, "%-34s %16s %22s %8.1f%n", step.exercise().id(),
                        step.failingBefore() + " of " + step.testsBefore(), step.passingAfter() + " of " + step.testsAfter(),
                        step.seconds()));
            }
            text.append(String.format(Locale.ROOT, "total %.1f s; %s%n", seconds,
                    problems.isEmpty() ? "the course is sound" : problems.size() + " problem(s)"));
            return text.toString();
        }
    }

    private final CourseLayout layout;
    private final Path workDirectory;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param layout        the real course (never modified)
     * @param workDirectory an empty folder for the copies
     */
    public IntegrityCheck(CourseLayout layout, Path workDirectory) {
        this.layout = layout;
        this.workDirectory = workDirectory;
    }

    public Result run() {
        long start = System.nanoTime();
        Course course = layout.loadCourse();
        problems.addAll(CourseCompleteness.problems(course, layout));
        checkFiles(course);
        List<Step> steps = problems.isEmpty() ? proveEachExercise(course) : List.of();
        return new Result(List.copyOf(problems), steps, (System.nanoTime() - start) / 1e9);
    }

    /** The static part: stubs name their exercise and differ from the reference; given files are identical. */
    private void checkFiles(Course course) {
        Set<String> listed = new TreeSet<>();
        for (Exercise exercise : course.exercises()) {
            for (String file : exercise.files()) {
                listed.add(file);
                Path stub = layout.project().resolve(file);
                Path reference = layout.reference().resolve(file);
                if (!Files.isRegularFile(stub) || !Files.isRegularFile(reference)) {
                    continue; // already reported as incomplete
                }
                String text = read(stub);
                boolean named = file.endsWith(".java") ? text.contains(exercise.id())
                        : text.contains(exercise.id()) || text.toLowerCase(Locale.ROOT).contains("exercise " + exercise.id().substring(0, 2));
                if (!named) {
                    problems.add(layout.display(stub) + ": the stub of " + exercise.id() + " does not mention its exercise ("
                            + (file.endsWith(".java") ? "'" + exercise.id() + "'" : "'" + exercise.id() + "' or 'exercise "
                            + exercise.id().substring(0, 2) + "'") + ")");
                }
                if (Arrays.equals(bytes(stub), bytes(reference))) {
                    problems.add(layout.display(stub) + ": the stub of " + exercise.id() + " is identical to the reference");
                }
            }
        }
        Set<String> projectMain = relativeFiles(layout.project().resolve("src/main"));
        Set<String> referenceMain = relativeFiles(layout.reference().resolve("src/main"));
        Set<String> all = new TreeSet<>(projectMain);
        all.addAll(referenceMain);
        for (String file : all) {
            String path = "src/main/" + file;
            if (listed.contains(path)) {
                continue;
            }
            Path inProject = layout.project().resolve(path);
            Path inReference = layout.reference().resolve(path);
            if (!projectMain.contains(file)) {
                problems.add(layout.display(inReference) + " is a given file (in no exercise's files) but missing in "
                        + layout.display(layout.project()) + "/");
            } else if (!referenceMain.contains(file)) {
                problems.add(layout.display(inProject) + " is in no exercise's files and not in " + layout.display(layout.reference()) + "/");
            } else if (!Arrays.equals(bytes(inProject), bytes(inReference))) {
                problems.add(layout.display(inProject) + " is a given file (in no exercise's files) but differs from "
                        + layout.display(inReference) + ": catch-up would never bring the attendee the reference's version");
            }
        }
    }

    private List<Step> proveEachExercise(Course course) {
        CourseLayout copy = copyProject();
        CourseEngine engine = new CourseEngine(copy);
        List<Exercise> exercises = course.exercises();
        Map<String, long[]> before = new LinkedHashMap<>();
        Set<String> reported = new TreeSet<>();
        List<Step> steps = new ArrayList<>();
        for (int caughtUp = 0; caughtUp <= exercises.size(); caughtUp++) {
            long stepStart = System.nanoTime();
            if (caughtUp > 0) {
                catchUp(exercises.get(caughtUp - 1), copy);
            }
            String state = caughtUp == 0 ? "on the pristine project" : "with 1.." + caughtUp + " caught up";
            CompileResult compiled = engine.compile();
            if (!compiled.succeeded()) {
                problems.add(state + ", the project does not compile: " + compiled.errors());
                return steps;
            }
            List<String> mustPass = new ArrayList<>();
            exercises.subList(0, caughtUp).forEach(exercise -> mustPass.addAll(exercise.tests()));
            List<String> mustFail = caughtUp < exercises.size() ? exercises.get(caughtUp).tests() : List.of();
            List<String> classes = new ArrayList<>(mustPass);
            classes.addAll(mustFail);
            TestRun run = engine.run(compiled, classes);
            if (!mustFail.isEmpty()) {
                Exercise next = exercises.get(caughtUp);
                TestRun nextRun = run.only(mustFail);
                for (String testClass : mustFail) {
                    if (nextRun.only(List.of(testClass)).failures().isEmpty()) {
                        problems.add(next.id() + ": " + testClass + " does not fail " + state
                                + ": the exercise would be verified before the attendee writes anything");
                    }
                }
                before.put(next.id(), new long[] {nextRun.failures().size(),
                        nextRun.failures().size() + nextRun.count(TestResult.Status.PASSED)});
            }
            if (caughtUp > 0) {
                Exercise done = exercises.get(caughtUp - 1);
                TestRun passRun = run.only(mustPass);
                for (TestResult failure : passRun.failures()) {
                    // Reported once, for the exercise the test belongs to, at the first step where it fails.
                    if (reported.add(failure.className() + " > " + failure.name())) {
                        problems.add(ownerOfTest(course, failure.className()) + ": " + failure.simpleClassName() + " > "
                                + failure.name() + " fails " + state + ": " + failure.message());
                    }
                }
                for (String testClass : mustPass) {
                    if (passRun.only(List.of(testClass)).count(TestResult.Status.PASSED) == 0) {
                        problems.add(done.id() + ": " + testClass + " ran no passing test " + state);
                    }
                }
                long[] counts = before.getOrDefault(done.id(), new long[2]);
                steps.add(new Step(done, counts[0], counts[1], passRun.count(TestResult.Status.PASSED),
                        passRun.count(TestResult.Status.PASSED) + passRun.failures().size(), (System.nanoTime() - stepStart) / 1e9));
            }
        }
        checkCaughtUpEqualsReference(copy);
        return steps;
    }

    /** Everything caught up, the project's main files are the reference's, file for file. */
    private void checkCaughtUpEqualsReference(CourseLayout copy) {
        Set<String> caughtUp = relativeFiles(copy.project().resolve("src/main"));
        Set<String> reference = relativeFiles(layout.reference().resolve("src/main"));
        if (!caughtUp.equals(reference)) {
            problems.add("with every exercise caught up, src/main has other files than the reference's: " + caughtUp + " vs " + reference);
            return;
        }
        for (String file : reference) {
            if (!Arrays.equals(bytes(copy.project().resolve("src/main").resolve(file)), bytes(layout.reference().resolve("src/main").resolve(file)))) {
                problems.add("with every exercise caught up, src/main/" + file + " still differs from the reference");
            }
        }
    }

    private static String ownerOfTest(Course course, String testClass) {
        return course.exercises().stream().filter(exercise -> exercise.tests().contains(testClass))
                .map(Exercise::id).findFirst().orElse(testClass);
    }

    private static void catchUp(Exercise exercise, CourseLayout copy) {
        for (String file : exercise.files()) {
            try {
                Path target = copy.project().resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(copy.reference().resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A copy of the project (without its build output, but with its class path file), next to copies of
     * the root's own files, so that the tests' relative paths ({@code ../serverless.yml}) resolve as in the clone.
     */
    private CourseLayout copyProject() {
        try {
            Path root = workDirectory.resolve("course");
            Files.createDirectories(root);
            try (Stream<Path> rootFiles = Files.list(layout.root())) {
                for (Path file : rootFiles.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, root.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path project = root.resolve(layout.project().getFileName().toString());
            Path build = layout.project().resolve("target");
            try (Stream<Path> walk = Files.walk(layout.project())) {
                for (Path source : walk.filter(path -> !path.startsWith(build)).toList()) {
                    Path target = project.resolve(layout.project().relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            CourseLayout copy = new CourseLayout(root, project, layout.reference());
            Files.createDirectories(copy.classpathFile().getParent());
            Files.copy(layout.classpathFile(), copy.classpathFile(), StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> relativeFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(file -> files.add(folder.relativize(file).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
