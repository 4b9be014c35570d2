package workshop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.samples.SampleSiteServer;

/**
 * {@code ./workshop demo}: runs the course's reference app on a fresh local cloud and walks through
 * what it does, with progress output and a summary: the movies pipeline on the sample site (scraper →
 * Kinesis → processor → DynamoDB → query API), the Slack word counter's "1 then 12", then a whole crawl
 * of the sample crawl site through the message router.
 */
@Command(name = "demo", description = "Run the reference app on the local cloud and show what it does.")
final class DemoCommand implements Callable<Integer> {

    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", description = "Also print every function's log.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant begin = Instant.now();
        AppToRun app = AppToRun.course(WorkshopHome.root(), "solutions").checked();
        // The demo picks free ports; the sample site is started first so the scraper's url can name it.
        try (SampleSiteServer site = new SampleSiteServer(0)) {
            out.println("▶ Starting the local cloud with " + app.stacks() + " ...");
            out.flush();
            try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(app.stacks().toArray(Path[]::new))
                    .withClassLoader(app.classLoader())
                    .withEnvironment(Map.of("url", site.moviesUrl()))
                    .withPorts(0, 0)
                    .withConsole(line -> {
                        if (verbose) {
                            out.println(line);
                            out.flush();
                        }
                    }))) {
                out.printf("  ready in %.1f s, API at %s%n", cloud.startupTime().toMillis() / 1000.0, cloud.httpUrl());
                MoviesDemo.Outcome movies = new MoviesDemo(cloud, out).run(site.moviesUrl(), SETTLE_TIMEOUT);
                boolean wordsAsExpected = new WordCounterDemo(cloud, out).run(SETTLE_TIMEOUT);
                CrawlerDemo.Result crawl = new CrawlerDemo(cloud, out).run(site.crawlUrl(), SETTLE_TIMEOUT);
                out.println();
                out.printf("Summary: movies %s %d pages, %d movies stored, %d errors; word counter %s; "
                                + "crawler %s %d pages in %d messages; %d functions, %d invocations; %.1f s in all.%n",
                        movies.asExpected() ? "✓" : "✗", movies.pages(), movies.stored(), movies.errors(),
                        wordsAsExpected ? "✓ 1 → 12 as expected" : "✗ counts not as expected",
                        crawl.asExpected() ? "✓" : "✗", crawl.claimed(), crawl.messages(),
                        cloud.functions().size(),
                        cloud.functions().values().stream().mapToInt(function -> function.invocations()).sum(),
                        Duration.between(begin, Instant.now()).toMillis() / 1000.0);
                out.flush();
                return movies.asExpected() && wordsAsExpected && crawl.asExpected() ? ExitCodes.OK : ExitCodes.FAILURE;
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }
}
