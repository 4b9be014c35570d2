package workshop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import workshop.bench.stub.AwsStub;

/**
 * A cold start of every function of solutions/serverless.yml from the jar it deploys, as Lambda does
 * it: a fresh JVM with only that jar and the runtime's libraries on its classpath builds the handler
 * through its no-arg constructor and invokes it once with its fixture. AWS is the loopback stub, so
 * the SDK's whole request path runs. Each function must exit cleanly, answer what its fixture expects,
 * call no AWS operation the stub does not know, and make the calls its fixture lists, if it lists them.
 */
class ColdStartSmokeTest {

    @TempDir
    static Path work;

    private static AwsStub stub;
    private static ProbeLauncher launcher;
    private static List<BenchFunction> functions;

    @BeforeAll
    static void startTheStub() throws IOException {
        stub = AwsStub.start();
        launcher = new ProbeLauncher(Path.of(System.getProperty("bench.probeJar", "target/missing-probe.jar")),
                work, stub.endpoint(), false);
        functions = FunctionStack.load(Workspace.containing(Path.of("")));
    }

    @AfterAll
    static void stopTheStub() {
        stub.close();
    }

    @Test
    void theHelloWorldBaselineStartsTheSameWay() {
        BenchFunction hello = BenchFunction.helloWorld(LambdaJvm.jarOf(RequestHandler.class), functions.get(0).region());

        coldStart(hello);
    }

    @TestFactory
    Stream<DynamicTest> eachFunctionStartsFromItsJarAndAnswersItsFixture() {
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.name(), () -> {
            assertThat(function.jar()).as("the jar of " + function.name() + " (package.artifact)").isNotNull();
            JarContents jar = JarContents.read(function.jar());
            if (!jar.contains(function.handlerClassFile())) {
                fail(jar.file().getFileName() + " lacks " + function.handlerClassFile() + ", the handler of "
                        + function.name());
            }
            coldStart(function);
        }));
    }

    private static void coldStart(BenchFunction function) {
        Fixture fixture = Fixture.of(function.name()).orElseThrow(() -> new AssertionError("no fixture for "
                + function.name() + ": add kit/bench/src/main/resources/workshop/bench/fixtures/" + function.name()
                + ".json"));
        Invocation invocation = fixture.prepare(stub.endpoint(), function.environment(), Instant.now());
        stub.clearCalls();

        ProbeRun run = launcher.coldStart(function, invocation, List.of());

        System.out.printf(Locale.ROOT, "[cold start] %s: %.0f ms from JVM start to exit (init %.0f ms, first"
                        + " invocation %.0f ms); AWS calls %s; response %s%n", function.name(), run.wallMillis(),
                run.initMillis(), run.invokeMillis(), stub.calls(), run.response().orElse("none"));
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.response()).as(run.transcript()).isPresent();
        assertThat(invocation.problemWith(run.response().get())).as(run.transcript()).isEmpty();
        assertThat(stub.calls()).as("calls the stub does not answer").noneMatch(call -> call.contains("unknown"));
        assertThat(invocation.problemWithCalls(stub.calls())).as(run.transcript()).isEmpty();
    }
}
