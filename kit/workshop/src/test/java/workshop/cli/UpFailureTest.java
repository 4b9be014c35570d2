package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop up} with an app it cannot run: one line that says what and where, no stack trace. */
class UpFailureTest {

    @TempDir
    Path dir;

    private final Cli.Properties properties = new Cli.Properties();
    private Path state;

    @BeforeEach
    void isolatedState() {
        state = dir.resolve("state");
        properties.set("workshop.home", Path.of("../..").toAbsolutePath().normalize().toString())
                .set("workshop.state", state.toString());
    }

    @AfterEach
    void restore() {
        properties.restore();
    }

    @Test
    void aHandlerClassThatDoesNotExistNamesTheFileAndLine() throws IOException {
        Path stack = write("serverless.yml", """
                service: broken
                frameworkVersion: '3'
                provider:
                  name: aws
                  runtime: java17
                functions:
                  hello:
                    handler: no.such.Handler
                """);

        Cli.Run up = Cli.run("up", "--stack", stack.toString(), "--port", "0", "--admin-port", "0");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
        assertOneLineError(up);
        assertThat(up.err()).startsWith("error: " + stack + ":7: ")
                .contains("function 'hello'").contains("no.such.Handler");
        assertThat(state.resolve("cloud.json")).doesNotExist();
    }

    @Test
    void anUnsupportedEventNamesTheFileAndLine() throws IOException {
        Path stack = write("serverless.yml", """
                service: broken
                provider:
                  name: aws
                  runtime: java17
                functions:
                  worker:
                    handler: some.Handler
                    events:
                      - sqs: arn:aws:sqs:us-east-1:000000000000:jobs
                """);

        Cli.Run up = Cli.run("up", "--stack", stack.toString(), "--port", "0", "--admin-port", "0");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
        assertOneLineError(up);
        assertThat(up.err()).startsWith("error: " + stack + ":9: ").contains("'sqs'");
    }

    @Test
    void aMissingStackFileSaysWhichOne() {
        Path missing = dir.resolve("nothere/serverless.yml");

        Cli.Run up = Cli.run("up", "--stack", missing.toString(), "--port", "0", "--admin-port", "0");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
        assertOneLineError(up);
        assertThat(up.err()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void theCourseAppBeforeItExistsSaysWhatIsMissing() {
        properties.set("workshop.home", dir.toString());

        Cli.Run up = Cli.run("up", "--port", "0", "--admin-port", "0");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
        assertOneLineError(up);
        assertThat(up.err()).contains(dir.resolve("serverless.yml").toString()).contains("./workshop up --demo");
    }

    @Test
    void aBusyApiPortSaysWhichPort() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Run up = Cli.run("up", "--demo", "--port", String.valueOf(busy.getLocalPort()), "--admin-port", "0");

            assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
            assertOneLineError(up);
            assertThat(up.err()).contains("127.0.0.1:" + busy.getLocalPort());
        }
        assertThat(state.resolve("cloud.json")).doesNotExist();
    }

    private static void assertOneLineError(Cli.Run up) {
        assertThat(up.errLines()).as(up.toString()).singleElement().asString().startsWith("error: ");
        assertThat(up.out() + up.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
