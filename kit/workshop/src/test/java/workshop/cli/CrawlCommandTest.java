package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./workshop crawl} against a fake app on loopback: the requests it sends, what it prints, its exit codes. */
class CrawlCommandTest {

    private static final String STARTED = """
            {"runId":"crawl-0123456789ab","url":"http://127.0.0.1:3000/sample/crawl/","maxDepth":3,"budget":1000,
             "allowedHosts":["127.0.0.1"],"stats":"/crawl/stats?run=crawl-0123456789ab"}""";
    private static final String STATS = """
            {"runId":"crawl-0123456789ab","budget":1000,"startedAt":"2026-11-23T10:00:00Z","terminated":null,
             "admitted":212,"dropped":0,
             "types":{"pageUrl":{"received":107,"handled":107,"failed":0,"emitted":105,"dropped":0},
                      "pageBody":{"received":105,"handled":210,"failed":0,"emitted":106,"dropped":0}},
             "pages":{"robots":2,"fetched":100,"failed":5}}""";
    private static final String IDLE = "POST /admin/idle?timeoutSeconds=300";

    @TempDir
    Path state;

    private final Cli.Properties properties = new Cli.Properties();
    private FakeCrawlApp app;

    @BeforeEach
    void startTheAppAndRecordItAsTheRunningCloud() throws IOException {
        app = new FakeCrawlApp();
        properties.set("workshop.home", state.toString()).set("workshop.state", state.toString());
        recordCloud(app.adminUrl(), app.apiUrl());
    }

    @AfterEach
    void stopTheApp() {
        app.close();
        properties.restore();
    }

    @Nested
    class StartingACrawl {

        @Test
        void withoutArgumentsItCrawlsTheSampleSiteWithTheApiDefaultsWaitsAndPrintsTheRunsCounters() {
            app.answer("POST /crawl", 202, STARTED)
                    .answer(IDLE, 200, "{\"idle\":true}")
                    .answer("GET /crawl/stats?run=crawl-0123456789ab", 200, STATS);

            Cli.Run run = Cli.run("crawl");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("POST /crawl", IDLE, "GET /crawl/stats?run=crawl-0123456789ab");
            FakeCrawlApp.Request start = app.requests().get(0);
            assertThat(start.contentType()).isEqualTo("application/json");
            assertThat(JsonParser.parseString(start.body()))
                    .isEqualTo(JsonParser.parseString("{\"url\":\"" + app.apiUrl() + "/sample/crawl/\"}"));
            assertThat(run.outLines()).containsSubsequence(
                    "Crawl crawl-0123456789ab started at http://127.0.0.1:3000/sample/crawl/ (depth 3, budget 1000, hosts 127.0.0.1)",
                    "Router stream consumed.",
                    "Run crawl-0123456789ab, started 2026-11-23T10:00:00Z",
                    "  budget 1000, admitted 212, dropped 0, terminated: no",
                    "  message type   received    handled     failed    emitted    dropped",
                    "  pageBody            105        210          0        106          0",
                    "  pageUrl             107        107          0        105          0",
                    "  pages: failed 5, fetched 100, robots 2 (107 in all)");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void theUrlDepthBudgetAndHostsGoIntoTheRequestBody() {
            app.answer("POST /crawl", 202, STARTED);

            Cli.Run run = Cli.run("crawl", "https://example.org/docs/", "--depth", "2", "--budget", "50",
                    "--host", "example.org", "--host", "www.example.org", "--no-wait");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(JsonParser.parseString(app.requests().get(0).body())).isEqualTo(JsonParser.parseString("""
                    {"url":"https://example.org/docs/","maxDepth":2,"budget":50,
                     "allowedHosts":["example.org","www.example.org"]}"""));
        }

        @Test
        void withNoWaitItOnlyStartsTheCrawlAndSaysHowToFollowIt() {
            app.answer("POST /crawl", 202, STARTED);

            Cli.Run run = Cli.run("crawl", "--no-wait");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("POST /crawl");
            assertThat(run.out()).contains("./workshop crawl --stats --run crawl-0123456789ab")
                    .contains("./workshop crawl --stop crawl-0123456789ab");
        }

        @Test
        void aRefusalOfTheApiPrintsItsErrorAndWaitsForNothing() {
            app.answer("POST /crawl", 400, "{\"error\":\"maxDepth must be between 0 and 10, not 11\"}");

            Cli.Run run = Cli.run("crawl", "--depth", "11");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.errLines()).containsExactly("POST /crawl → 400: maxDepth must be between 0 and 10, not 11");
            assertThat(app.requestLines()).containsExactly("POST /crawl");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anAnswerThatIsNotJsonIsPrintedAsItCame() {
            app.answer("POST /crawl", 502, "Bad Gateway");

            Cli.Run run = Cli.run("crawl");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.errLines()).containsExactly("POST /crawl → 502: Bad Gateway");
        }

        @Test
        void aCrawlThatDoesNotFinishInTimeFailsNamingTheWaysToLookAtItOrStopIt() {
            app.answer("POST /crawl", 202, STARTED).answer(IDLE, 200, "{\"idle\":false}");

            Cli.Run run = Cli.run("crawl");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(app.requestLines()).containsExactly("POST /crawl", IDLE);
            assertThat(run.err()).contains("did not finish within 300 s")
                    .contains("./workshop logs crawler")
                    .contains("./workshop crawl --stop crawl-0123456789ab");
        }
    }

    @Nested
    class Stats {

        @Test
        void statsAloneShowsTheLatestRunAndStartsNothing() {
            app.answer("GET /crawl/stats", 200, STATS);

            Cli.Run run = Cli.run("crawl", "--stats");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("GET /crawl/stats");
            assertThat(run.outLines()).first().isEqualTo("Run crawl-0123456789ab, started 2026-11-23T10:00:00Z");
        }

        @Test
        void statsOfARunNamesItInTheQuery() {
            app.answer("GET /crawl/stats?run=crawl-42", 200, STATS);

            Cli.Run run = Cli.run("crawl", "--stats", "--run", "crawl-42");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("GET /crawl/stats?run=crawl-42");
        }

        @Test
        void anUnknownRunIsTheApisError() {
            app.answer("GET /crawl/stats?run=nope", 404, "{\"error\":\"no run nope\"}");

            Cli.Run run = Cli.run("crawl", "--stats", "--run", "nope");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.errLines()).containsExactly("GET /crawl/stats?run=nope → 404: no run nope");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void theApiOptionReachesADeployedAppWithoutALocalCloud() throws IOException {
            Files.delete(state.resolve("cloud.json"));
            app.answer("GET /crawl/stats", 200, STATS);

            Cli.Run run = Cli.run("crawl", "--stats", "--api", app.apiUrl());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("GET /crawl/stats");
        }
    }

    @Nested
    class Stop {

        @Test
        void stopPostsTheKillSwitchOfTheRun() {
            app.answer("POST /crawl/crawl-42/stop", 200, "{\"runId\":\"crawl-42\",\"terminated\":\"operator\"}");

            Cli.Run run = Cli.run("crawl", "--stop", "crawl-42");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
            assertThat(app.requestLines()).containsExactly("POST /crawl/crawl-42/stop");
            assertThat(run.outLines()).containsExactly(
                    "Run crawl-42 stopped (terminated: operator): its further messages are acknowledged and dropped.");
        }

        @Test
        void stoppingAnUnknownRunIsTheApisError() {
            app.answer("POST /crawl/nope/stop", 404, "{\"error\":\"no run nope\"}");

            Cli.Run run = Cli.run("crawl", "--stop", "nope");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.errLines()).containsExactly("POST /crawl/nope/stop → 404: no run nope");
        }
    }

    @Nested
    class WithoutACloud {

        @ParameterizedTest
        @ValueSource(strings = {"crawl", "crawl --stats", "crawl --stop crawl-42", "crawl http://127.0.0.1:1/ --no-wait"})
        void withoutAStateFileItSaysHowToStartACloud(String commandLine) throws IOException {
            Files.delete(state.resolve("cloud.json"));

            Cli.Run run = Cli.run(commandLine.split(" "));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NO_CLOUD);
            assertThat(run.errLines()).singleElement().asString().contains("start one with './workshop up'");
            assertThat(app.requests()).isEmpty();
        }

        @Test
        void aStoppedCloudWhoseStateFileRemainsCountsAsNoCloud() throws IOException {
            int nothingListens = freePort();
            recordCloud("http://127.0.0.1:" + nothingListens + "/admin", "http://127.0.0.1:" + nothingListens);

            Cli.Run run = Cli.run("crawl", "--stats");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NO_CLOUD);
            assertThat(run.err()).contains("start one with './workshop up'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--stop r1 --stats", "--stop r1 --depth 2", "--run r1", "--stats --depth 2",
            "--stats http://example.org/", "--stats --no-wait", "--depth two"})
    void optionsThatDoNotGoTogetherAreAUsageError(String options) {
        Cli.Run run = Cli.run(("crawl " + options).split(" "));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Usage: workshop crawl");
        assertThat(app.requests()).isEmpty();
    }

    @Test
    void theCommandIsListedWithItsOptions() {
        assertThat(Cli.run("--help").out()).contains("crawl");
        assertThat(Cli.run("help", "crawl").out()).contains("--depth").contains("--budget").contains("--host")
                .contains("--stats").contains("--stop").contains("--no-wait").doesNotContain("--admin");
    }

    private void recordCloud(String adminUrl, String apiUrl) throws IOException {
        Files.writeString(state.resolve("cloud.json"),
                "{\"adminUrl\":\"" + adminUrl + "\",\"httpUrl\":\"" + apiUrl + "\",\"pid\":1}");
    }

    /** A loopback port nothing listens on (bound then released). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
