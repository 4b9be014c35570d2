package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import workshop.cli.WorkshopCli;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;

/** {@code ./workshop demo} and {@code ./workshop slack} on this project, as an attendee runs them. */
class WorkshopCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void forgetTheHome() {
        System.clearProperty("workshop.home");
    }

    @Test
    void demoShowsOneThenTwelve() {
        System.setProperty("workshop.home", ROOT.toString());

        int exitCode = workshop("demo");

        assertThat(exitCode).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("Slack's reply:        hello: 1, world: 1")
                .contains("in the table after SNS: {hello=11, world=11}")
                .contains("Slack's reply:        hello: 12, world: 12")
                .contains("in the table after SNS: {hello=22, world=22}")
                .contains("✓ 1 → 12 as expected");
    }

    @Test
    void slackSendsARequestTheCounterAccepts() {
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(ROOT.resolve("serverless.yml"), Path.of("serverless.yml"))
                .withEnvironment(Map.of()))) {

            int exitCode = workshop("slack", "--url", cloud.httpUrl(), "good", "morning", "good");

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString().trim()).isEqualTo("good: 2, morning: 1");
        }
    }

    private int workshop(String... args) {
        CommandLine commandLine = new CommandLine(new WorkshopCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
