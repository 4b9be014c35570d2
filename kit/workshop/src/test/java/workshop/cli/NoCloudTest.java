package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that need a running local cloud, when none runs; and picocli's usage errors. */
class NoCloudTest {

    private static final String START_ONE = "start one with './workshop up'";

    @TempDir
    Path state;

    private final Cli.Properties properties = new Cli.Properties();

    @BeforeEach
    void noCloudRecorded() {
        properties.set("workshop.home", state.toString()).set("workshop.state", state.toString());
    }

    @AfterEach
    void restore() {
        properties.restore();
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "logs", "fire"})
    void withoutStateFileACommandSaysHowToStartACloud(String command) {
        Cli.Run run = Cli.run(command, "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_CLOUD).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("no local cloud is running")
                .contains(START_ONE);
    }

    @Test
    void aStaleStateFileOfAStoppedCloudCountsAsNoCloud() throws IOException {
        Files.writeString(state.resolve("cloud.json"),
                "{\"adminUrl\":\"http://127.0.0.1:" + freePort() + "/admin\",\"httpUrl\":\"http://127.0.0.1:1\",\"pid\":1}");

        Cli.Run table = Cli.run("table", "x");
        Cli.Run logs = Cli.run("logs", "x");

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.NO_CLOUD);
        assertThat(table.err()).contains(START_ONE);
        assertThat(logs.exitCode()).as(logs.toString()).isEqualTo(ExitCodes.NO_CLOUD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"adminUrl\": \"http://127.0", "{}", "{\"pid\": 12}", "[]"})
    void anUnreadableStateFileCountsAsNoCloud(String content) throws IOException {
        Files.writeString(state.resolve("cloud.json"), content);

        Cli.Run table = Cli.run("table", "x");

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.NO_CLOUD);
        assertThat(table.errLines()).singleElement().asString().contains(START_ONE);
    }

    @Test
    void anAdminUrlWhereNothingListensCountsAsNoCloud() throws IOException {
        Cli.Run fire = Cli.run("fire", "tick", "--admin", "http://127.0.0.1:" + freePort() + "/admin");

        assertThat(fire.exitCode()).as(fire.toString()).isEqualTo(ExitCodes.NO_CLOUD);
        assertThat(fire.err()).contains(START_ONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"table x --bogus", "logs x --bogus", "fire x --bogus", "up --bogus", "--bogus"})
    void anUnknownOptionIsAUsageError(String commandLine) {
        Cli.Run run = Cli.run(commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: workshop");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingParameterOrABadNumberIsAUsageError() {
        Cli.Run noTable = Cli.run("table");
        Cli.Run badLimit = Cli.run("table", "x", "--limit", "many");
        Cli.Run unknownCommand = Cli.run("deploy");

        assertThat(noTable.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noTable.err()).contains("Missing required parameter: 'NAME'");
        assertThat(badLimit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLimit.err()).contains("--limit").contains("many");
        assertThat(unknownCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownCommand.err()).contains("deploy");
    }

    @Test
    void withoutCommandItPrintsTheCommands() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: workshop").contains("up").contains("table").contains("logs").contains("fire");
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(Cli.run("--help").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Cli.run("help", "table").out()).contains("--json").contains("--limit").doesNotContain("--admin");
        assertThat(Cli.run("--version").out()).contains("workshop 1.0");
    }

    /** A loopback port nothing listens on (bound then released). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
