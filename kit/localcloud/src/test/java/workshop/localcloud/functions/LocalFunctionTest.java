package workshop.localcloud.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import workshop.localcloud.functions.handlers.EchoHandler;
import workshop.localcloud.functions.handlers.FailingHandler;
import workshop.localcloud.functions.handlers.SlowHandler;

class LocalFunctionTest {

    private final List<String> console = Collections.synchronizedList(new ArrayList<>());
    private final List<LocalFunction> started = new ArrayList<>();

    @BeforeAll
    static void routeConsoleToFunctionLogs() {
        FunctionConsole.install();
    }

    @AfterEach
    void stopFunctions() {
        started.forEach(LocalFunction::close);
    }

    @Test
    void handlerRunsWithItsEnvironmentContextAndLogs() {
        LocalFunction echo = function("echo", EchoHandler.class.getName(), Map.of("GREETING", "hello"), 5);

        Invocation invocation = echo.invoke(Map.of("name", "Ada"));

        assertThat(invocation.isFailure()).isFalse();
        assertThat(invocation.output()).isEqualTo("hello Ada #1 workshop-dev-echo "
                + "arn:aws:lambda:us-east-1:000000000000:function:workshop-dev-echo");
        List<String> messages = echo.log().lines().stream().map(FunctionLog.Line::text).toList();
        assertThat(messages.get(0)).startsWith("START RequestId: ");
        assertThat(messages).contains("hello from the logger", "hello from System.out");
        assertThat(messages.get(messages.size() - 1)).startsWith("REPORT RequestId: ").contains("Init Duration: ");
        assertThat(console).contains("[echo] hello from System.out");
    }

    @Test
    void aWarmInstanceIsReusedWithoutAnotherColdStart() {
        LocalFunction echo = function("echo", EchoHandler.class.getName(), Map.of("GREETING", "hi"), 5);

        echo.invoke(Map.of("name", "a"));
        Invocation second = echo.invoke(Map.of("name", "b"));

        assertThat((String) second.output()).startsWith("hi b #2 ");
        assertThat(echo.coldStarts()).isEqualTo(1);
        assertThat(echo.log().messagesContaining("Init Duration")).hasSize(1);
    }

    @Test
    void concurrentInvocationsGetTheirOwnInstances() throws Exception {
        LocalFunction slow = function("slow", SlowHandler.class.getName(), Map.of(), 1);

        CompletableFuture<Invocation> first = CompletableFuture.supplyAsync(() -> slow.invoke(null));
        CompletableFuture<Invocation> second = CompletableFuture.supplyAsync(() -> slow.invoke(null));
        first.get();
        second.get();

        assertThat(slow.coldStarts()).isEqualTo(2);
    }

    @Test
    void anInvocationPastTheTimeoutFailsLikeLambdaAndItsEnvironmentIsDiscarded() {
        LocalFunction slow = function("slow", SlowHandler.class.getName(), Map.of(), 1);

        Invocation invocation = slow.invoke(null);

        assertThat(invocation.isFailure()).isTrue();
        assertThat(invocation.error().errorMessage()).isEqualTo("Task timed out after 1.00 seconds");
        assertThat(slow.log().messagesContaining("Task timed out after 1.00 seconds")).hasSize(1);
        slow.invoke(null);
        assertThat(slow.coldStarts()).isEqualTo(2);
    }

    @Test
    void aThrowingHandlerIsReportedAsLambdaReportsIt() {
        LocalFunction failing = function("failing", FailingHandler.class.getName(), Map.of(), 5);

        Invocation invocation = failing.invoke(null);

        assertThat(invocation.error().errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(invocation.error().errorMessage()).isEqualTo("the table is not there");
        assertThat(failing.log().messagesContaining("\"errorMessage\":\"the table is not there\"")).hasSize(1);
        assertThat(failing.invoke(null).isFailure()).isTrue();
        assertThat(failing.coldStarts()).isEqualTo(1);
    }

    @Test
    void aConstructorThatFailsFailsTheInvocationAndIsTriedAgainNextTime() {
        LocalFunction echo = function("echo", EchoHandler.class.getName(), Map.of(), 5);

        Invocation invocation = echo.invoke(Map.of("name", "x"));

        assertThat(invocation.error().errorMessage()).contains("GREETING");
        echo.invoke(Map.of("name", "x"));
        assertThat(echo.coldStarts()).isEqualTo(2);
    }

    @Test
    void anEventOfTheWrongTypeIsRefusedWithBothTypesNamed() {
        LocalFunction echo = function("echo", EchoHandler.class.getName(), Map.of("GREETING", "hi"), 5);

        Invocation invocation = echo.invoke("just a string");

        assertThat(invocation.error().errorMessage()).contains("java.util.Map").contains("java.lang.String");
    }

    @Test
    void handlerChecksNameWhatToFix() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> HandlerClass.load("workshop.Missing", loader))
                .hasMessageContaining("'workshop.Missing' was not found");
        assertThatThrownBy(() -> HandlerClass.load("workshop.localcloud.functions.handlers.NotAHandler", loader))
                .hasMessageContaining("does not implement com.amazonaws.services.lambda.runtime.RequestHandler");
        assertThat(HandlerClass.load(EchoHandler.class.getName() + "::handleRequest", loader).eventType())
                .isEqualTo(Map.class);
    }

    private LocalFunction function(String name, String handler, Map<String, String> environment, int timeoutSeconds) {
        FunctionIdentity identity = new FunctionIdentity(name, "workshop-dev-" + name, "us-east-1", "000000000000", 512);
        FunctionLog log = new FunctionLog(name, Clock.systemUTC(), console::add);
        LocalFunction function = new LocalFunction(identity, HandlerClass.load(handler, getClass().getClassLoader()),
                environment, Duration.ofSeconds(timeoutSeconds), log, Clock.systemUTC());
        started.add(function);
        return function;
    }
}
