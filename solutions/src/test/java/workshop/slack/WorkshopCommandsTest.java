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
import workshop.localcloud.samples.SampleSiteServer;

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
    void demoRunsTheMoviesPipelineThenShowsOneThenTwelve() {
        System.setProperty("workshop.home", ROOT.toString());

        int exitCode = workshop("demo");

        assertThat(exitCode).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("scraper:   13 pages, 320 movies read, 320 put on the stream in 1 PutRecords call(s), 0 failed")
                .contains("processor: 320 movies stored in movie-local, 0 entries in movie-errors-local")
                .containsPattern("query API: GET /movies/tt\\d+ → 200 \".+\" \\(\\d{4}\\)")
                .containsPattern("GET /movies\\?year=\\d{4} → \\d+ movies")
                .contains("Summary: movies ✓ 13 pages, 320 movies stored, 0 errors; word counter ✓ 1 → 12 as expected; "
                        + "crawler ✓ 291 pages in ")
                .contains("pages: failed 6, fetched 279, notHtml 2, robots 4 (291 in all)")
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

    @Test
    void scrapeRunsThePipelineAndWaitsForTheStreamToBeConsumed() {
        try (SampleSiteServer site = new SampleSiteServer(0);
             LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(ROOT.resolve("serverless.yml"), Path.of("serverless.yml"))
                     .withEnvironment(Map.of("url", site.moviesUrl())))) {

            int exitCode = workshop("scrape", "--url", cloud.httpUrl(), "--admin", cloud.adminUrl());

            assertThat(exitCode).as(out + "\n" + err).isZero();
            assertThat(out.toString())
                    .contains("GET /scrap_movies → 200")
                    .containsPattern("moviesRead: +320")
                    .contains("Stream consumed.")
                    .containsPattern("movie-local +320 items")
                    .containsPattern("movie-errors-local +0 items");
        }
    }

    @Test
    void crawlStartsACrawlOfTheSampleSiteWaitsForItAndPrintsItsCounters() {
        try (SampleSiteServer site = new SampleSiteServer(0);
             LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(ROOT.resolve("serverless.yml"), Path.of("serverless.yml")))) {

            int exitCode = workshop("crawl", site.crawlUrl(), "--depth", "1", "--api", cloud.httpUrl(), "--admin", cloud.adminUrl());

            assertThat(exitCode).as(out + "\n" + err).isZero();
            // Depth 1: the home page and its 10 links (SampleCrawlSite.reachable: 11 claimed, one of them a 404,
            // one a text file, one excluded by robots.txt); 8 HTML pages, each handled by two handlers.
            assertThat(out.toString())
                    .containsPattern("pageBody +8 +16 +0 +8 +0")
                    .contains("pages: failed 1, fetched 8, notHtml 1, robots 1 (11 in all)");
        }
    }

    @Test
    void scrapeWithoutACloudSaysHowToStartOne() {
        System.setProperty("workshop.state", ROOT.resolve("solutions/target/no-cloud-state").toString());
        try {
            int exitCode = workshop("scrape");

            assertThat(exitCode).isEqualTo(3);
            assertThat(err.toString()).contains("./workshop up");
        } finally {
            System.clearProperty("workshop.state");
        }
    }

    private int workshop(String... args) {
        CommandLine commandLine = new CommandLine(new WorkshopCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
