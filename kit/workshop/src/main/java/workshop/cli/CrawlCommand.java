package workshop.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./workshop crawl [URL]}: starts a crawl on the running app ({@code POST /crawl}), waits until
 * the local cloud has consumed the router stream, and prints the run's counters ({@code GET
 * /crawl/stats}). {@code --stats} prints the counters only, {@code --stop RUN} sets a run's kill switch.
 */
@Command(name = "crawl",
        description = {"Crawl a site with the running app: POST /crawl, wait for the router stream to be consumed, print the run's counters.",
                "  ./workshop crawl                  the local cloud's sample site, with the API's defaults",
                "  ./workshop crawl --stats          the counters of the latest run (--run ID for another)",
                "  ./workshop crawl --stop RUN       stop a run: its further messages are dropped"})
final class CrawlCommand implements Callable<Integer> {

    /** A crawl of the sample site takes seconds; a budget of thousands of pages, minutes. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(300);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "0..1",
            description = "The page to start from (default: the local cloud's sample crawl site, <API>/sample/crawl/).")
    private String startUrl;

    @Option(names = "--depth", paramLabel = "N", description = "Follow links up to N clicks from the start page (the API's default: 3).")
    private Integer depth;

    @Option(names = "--budget", paramLabel = "N", description = "Handle at most N messages in this run (the API's default: 1000).")
    private Long budget;

    @Option(names = "--host", paramLabel = "HOST", description = "A host the crawl may visit; repeat it for several (default: the start page's host).")
    private List<String> hosts;

    @Option(names = "--no-wait", description = "Start the crawl and return; see its counters later with --stats.")
    private boolean noWait;

    @Option(names = "--stats", description = "Print the counters of a run (the latest unless --run says which); start nothing.")
    private boolean statsOnly;

    @Option(names = "--run", paramLabel = "ID", description = "With --stats: the run to show.")
    private String runId;

    @Option(names = "--stop", paramLabel = "RUN", description = "Stop the run RUN (the kill switch): its further messages are acknowledged and dropped.")
    private String stopRunId;

    @Option(names = "--api", paramLabel = "URL", description = {"The app's API URL (default: the one './workshop up' started).",
            "For a deployed app: with --stats, --stop, or a URL and --no-wait (waiting asks the local cloud)."})
    private String apiUrl;

    @Option(names = "--admin", hidden = true, description = "Admin URL of the local cloud (default: the one './workshop up' started).")
    private String adminUrl;

    @Override
    public Integer call() throws Exception {
        checkTheOptionsGoTogether();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CrawlApiClient api = new CrawlApiClient(apiUrl != null ? apiUrl : RunningCloud.address().httpUrl());
            if (stopRunId != null) {
                return stop(api, out, err);
            }
            if (statsOnly) {
                return printStats(api, Optional.ofNullable(runId), out, err);
            }
            return crawl(api, out, err);
        } catch (RunningCloud.NoCloudException e) {
            err.println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        } catch (ConnectException e) {
            // Nothing listens where the API should be: the cloud was stopped since ./workshop up wrote its address.
            err.println(apiUrl != null ? "nothing answers at " + apiUrl : new RunningCloud.NoCloudException().getMessage());
            return apiUrl != null ? ExitCodes.FAILURE : ExitCodes.NO_CLOUD;
        }
    }

    /** --stats and --stop are commands of their own: refuse the options that would be silently ignored. */
    private void checkTheOptionsGoTogether() {
        boolean startOptions = startUrl != null || depth != null || budget != null || hosts != null || noWait;
        if (stopRunId != null && (statsOnly || runId != null || startOptions)) {
            throw new ParameterException(spec.commandLine(), "--stop RUN goes alone (with --api at most)");
        }
        if (statsOnly && startOptions) {
            throw new ParameterException(spec.commandLine(), "--stats starts nothing: it takes --run ID, not a URL, --depth, --budget, --host or --no-wait");
        }
        if (runId != null && !statsOnly) {
            throw new ParameterException(spec.commandLine(), "--run ID goes with --stats");
        }
    }

    private int crawl(CrawlApiClient api, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        String url = startUrl != null ? startUrl : RunningCloud.address().httpUrl() + "/sample/crawl/";
        CrawlApiClient.Reply started = api.start(new CrawlApiClient.CrawlRequest(url, depth, budget, hosts));
        if (!started.succeeded()) {
            return failed(started, err);
        }
        JsonObject crawl = started.body();
        if (!crawl.has("runId")) {
            err.println(started.request() + " → " + started.status() + " without a runId: " + crawl);
            return ExitCodes.FAILURE;
        }
        String run = crawl.get("runId").getAsString();
        out.printf("Crawl %s started at %s (depth %s, budget %s, hosts %s)%n", run, field(crawl, "url"),
                field(crawl, "maxDepth"), field(crawl, "budget"), field(crawl, "allowedHosts"));
        out.flush();
        if (noWait) {
            out.println("Follow it with ./workshop crawl --stats --run " + run + ", stop it with ./workshop crawl --stop " + run);
            out.flush();
            return ExitCodes.OK;
        }
        RunningCloud cloud = RunningCloud.find(adminUrl);
        boolean idle = cloud.post("/idle", Map.of("timeoutSeconds", String.valueOf(IDLE_TIMEOUT.toSeconds())),
                IDLE_TIMEOUT.plusSeconds(10)).getAsJsonObject().get("idle").getAsBoolean();
        if (!idle) {
            err.println("the crawl did not finish within " + IDLE_TIMEOUT.toSeconds() + " s; see ./workshop logs crawler,"
                    + " ./workshop crawl --stats --run " + run + ", or stop it with ./workshop crawl --stop " + run);
            return ExitCodes.FAILURE;
        }
        out.println("Router stream consumed.");
        out.println();
        return printStats(api, Optional.of(run), out, err);
    }

    private static int printStats(CrawlApiClient api, Optional<String> run, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        CrawlApiClient.Reply stats = api.stats(run);
        if (!stats.succeeded()) {
            return failed(stats, err);
        }
        CrawlStatsTable.print(stats.body(), out);
        return ExitCodes.OK;
    }

    private int stop(CrawlApiClient api, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        CrawlApiClient.Reply stopped = api.stop(stopRunId);
        if (!stopped.succeeded()) {
            return failed(stopped, err);
        }
        out.printf("Run %s stopped (terminated: %s): its further messages are acknowledged and dropped.%n",
                stopRunId, stopped.body().has("terminated") ? stopped.body().get("terminated").getAsString() : "operator");
        out.flush();
        return ExitCodes.OK;
    }

    /** A value of the API's answer as text: a string as it is, a list as {@code a, b}. */
    private static String field(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return "?";
        }
        if (value.isJsonArray()) {
            List<String> items = new ArrayList<>();
            value.getAsJsonArray().forEach(item -> items.add(item.getAsString()));
            return String.join(", ", items);
        }
        return value.getAsString();
    }

    /** The API refused: its status and its error message, e.g. {@code POST /crawl → 400: maxDepth must be ...}. */
    private static int failed(CrawlApiClient.Reply reply, PrintWriter err) {
        err.println(reply.request() + " → " + reply.status() + ": " + reply.error());
        return ExitCodes.FAILURE;
    }
}
