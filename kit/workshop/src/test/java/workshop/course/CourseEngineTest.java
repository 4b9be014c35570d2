package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compile and run on the fake course: the verdicts an attendee sees. */
class CourseEngineTest {

    private static final String GREETER = "src/main/java/demo/Greeter.java";
    private static final String WORD_COUNT = "src/main/java/demo/WordCount.java";

    @TempDir
    Path folder;

    private FakeCourse fake;
    private Course course;
    private CourseEngine engine;

    @BeforeEach
    void copyTheCourse() {
        fake = FakeCourse.copyTo(folder);
        course = fake.course();
        engine = new CourseEngine(fake.layout());
    }

    @Test
    void onThePristineStubTheTestsFailWithTheStubsMessageAndWhereInTheTest() {
        Verification verification = engine.verify(course.get("1"));

        assertThat(verification.passed()).isFalse();
        assertThat(verification.compile().succeeded()).isTrue();
        TestRun run = verification.tests().orElseThrow();
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.className()).isEqualTo("demo.GreeterTest");
            assertThat(failure.name()).isEqualTo("greetsByName()");
            assertThat(failure.message()).isEqualTo("UnsupportedOperationException: Exercise 01: greet someone - see "
                    + "exercises/01-greet/README.md (GreeterTest.java:15)");
        });
        assertThat(run.results()).extracting(TestResult::name, TestResult::status).contains(
                org.assertj.core.groups.Tuple.tuple("readsItsResource()", TestResult.Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("notYet()", TestResult.Status.SKIPPED));
        assertThat(run.output()).exists();
        assertThat(fake.read(run.output())).contains("workshop: FAILED demo.GreeterTest > greetsByName()")
                .contains("at demo.Greeter.greet");
    }

    @Test
    void theReferenceFilePasses() {
        fake.solve(GREETER);

        Verification verification = engine.verify(course.get("01-greet"));

        assertThat(verification.passed()).as("%s", verification).isTrue();
        assertThat(verification.tests().orElseThrow().count(TestResult.Status.PASSED)).isEqualTo(2);
    }

    @Test
    void testsRunInTheProjectFolderSoRelativePathsResolveAsUnderMaven() {
        fake.solve(WORD_COUNT);

        Verification verification = engine.verify(course.get("2"));

        // sample.txt is in skeleton/, shared.txt one folder up: both read by relative paths.
        assertThat(verification.passed()).as("%s", verification).isTrue();
        // The third is in a @Nested class: it counts for WordCountTest, the class course.yaml names.
        assertThat(verification.tests().orElseThrow().only(List.of("demo.WordCountTest")).count(TestResult.Status.PASSED))
                .isEqualTo(3);
    }

    @Test
    void nothingChangedMeansNothingCompiledAndAnEditMeansACompile() throws Exception {
        CompileResult first = engine.compile();
        CompileResult second = engine.compile();
        fake.solve(GREETER);
        CompileResult afterEdit = engine.compile();

        assertThat(first.upToDate()).isFalse();
        assertThat(second.upToDate()).isTrue();
        assertThat(afterEdit.upToDate()).isFalse();
        assertThat(afterEdit.succeeded()).isTrue();
        assertThat(fake.layout().buildDirectory().resolve("classes/demo/Greeter.class")).exists();
        assertThat(fake.layout().buildDirectory().resolve("test-classes/greeting.txt")).exists();
    }

    @Test
    void aDeletedSourceLeavesNoStaleClass() throws Exception {
        fake.write("src/main/java/demo/Extra.java", "package demo;\nclass Extra {}\n");
        engine.compile();
        assertThat(fake.layout().buildDirectory().resolve("classes/demo/Extra.class")).exists();

        Files.delete(fake.skeleton("src/main/java/demo/Extra.java"));
        engine.compile();

        assertThat(fake.layout().buildDirectory().resolve("classes/demo/Extra.class")).doesNotExist();
    }

    @Test
    void compilerErrorsArePathLineMessageAndNoTestRuns() {
        fake.write(GREETER, "package demo;\n\npublic final class Greeter {\n    public String greet(String name) {\n        return nam;\n    }\n}\n");

        Verification verification = engine.verify(course.get("1"));

        assertThat(verification.passed()).isFalse();
        assertThat(verification.tests()).isEmpty();
        assertThat(verification.compile().errors()).singleElement().asString()
                .startsWith("skeleton/" + GREETER + ":5: cannot find symbol");
        // Still broken: compiled again (and failing again), not taken as up to date.
        assertThat(engine.compile().upToDate()).isFalse();
    }

    @Test
    void aMissingTestClassIsAFailureThatSaysSo() {
        CompileResult compiled = engine.compile();

        TestRun run = engine.run(compiled, List.of("demo.NoSuchTest"));

        assertThat(run.passed()).isFalse();
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.status()).isEqualTo(TestResult.Status.MISSING);
            assertThat(failure.message()).startsWith("no test class demo.NoSuchTest");
        });
    }

    @Test
    void aFailureInTheClassSetUpIsReported() {
        fake.write("src/test/java/demo/BrokenSetUpTest.java", "package demo;\n"
                + "import org.junit.jupiter.api.*;\n"
                + "class BrokenSetUpTest {\n"
                + "    @BeforeAll static void start() { throw new IllegalStateException(\"no database\"); }\n"
                + "    @Test void works() { }\n"
                + "}\n");

        TestRun run = engine.run(engine.compile(), List.of("demo.BrokenSetUpTest"));

        assertThat(run.passed()).isFalse();
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.className()).isEqualTo("demo.BrokenSetUpTest");
            assertThat(failure.message()).startsWith("IllegalStateException: no database");
        });
    }

    @Test
    void aTestThatNeverEndsIsStoppedAtTheTimeout() {
        fake.write("src/test/java/demo/EndlessTest.java", "package demo;\n"
                + "class EndlessTest {\n"
                + "    @org.junit.jupiter.api.Test void spins() { while (true) { Thread.onSpinWait(); } }\n"
                + "}\n");
        CourseEngine impatient = new CourseEngine(fake.layout(), Duration.ofSeconds(3));

        TestRun run = impatient.run(impatient.compile(), List.of("demo.EndlessTest"));

        assertThat(run.passed()).isFalse();
        assertThat(run.failures()).singleElement().extracting(TestResult::message).asString()
                .startsWith("the tests did not finish within 3 s");
    }

    @Test
    void withoutTheClassPathFileItSaysHowToGetOne() throws Exception {
        Files.delete(fake.layout().classpathFile());

        org.assertj.core.api.Assertions.assertThatThrownBy(engine::compile)
                .isInstanceOf(CourseEngineException.class)
                .hasMessageContaining("skeleton/target/classpath.txt is missing")
                .hasMessageContaining("./mvnw");
    }
}
