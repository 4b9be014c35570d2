package workshop.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.samples.CrawlExpectation;
import workshop.localcloud.samples.CrawlExpectation.Outcome;
import workshop.localcloud.samples.SampleCrawlSite;

/**
 * The crawler part of {@code ./workshop demo}: a whole crawl of the sample site through the router
 * ({@code POST /crawl}), then its counters ({@code GET /crawl/stats}), compared with what the site says a
 * correct crawl claims: every reachable page once, 404s and robots.txt exclusions included.
 */
final class CrawlerDemo {

    /** Deeper than the sample site's longest chain of links: the whole site. */
    static final int WHOLE_SITE = 20;
    static final long BUDGET = 5_000;

    /** What the demo saw: the pages the crawl claimed, per status, and whether that is what the site expects. */
    record Result(Map<String, Long> pages, long messages, boolean asExpected) {

        long claimed() {
            return pages.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final LocalCloud cloud;
    private final PrintWriter out;

    CrawlerDemo(LocalCloud cloud, PrintWriter out) {
        this.cloud = cloud;
        this.out = out;
    }

    Result run(String startUrl, Duration settleTimeout) throws Exception {
        out.println();
        out.println("▶ Crawler: POST /crawl " + startUrl + " (maxDepth " + WHOLE_SITE + ", budget " + BUDGET + ")");
        out.flush();
        CrawlApiClient api = new CrawlApiClient(cloud.httpUrl());
        Instant start = Instant.now();
        CrawlApiClient.Reply started = api.start(new CrawlApiClient.CrawlRequest(startUrl, WHOLE_SITE, BUDGET, null));
        if (!started.succeeded()) {
            out.println("  " + started.request() + " → " + started.status() + ": " + started.error());
            return new Result(Map.of(), 0, false);
        }
        String runId = started.body().get("runId").getAsString();
        if (!cloud.awaitIdle(settleTimeout)) {
            out.println("  the crawl did not finish within " + settleTimeout.toSeconds() + " s");
            return new Result(Map.of(), 0, false);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        CrawlApiClient.Reply stats = api.stats(Optional.of(runId));
        if (!stats.succeeded()) {
            out.println("  " + stats.request() + " → " + stats.status() + ": " + stats.error());
            return new Result(Map.of(), 0, false);
        }
        CrawlStatsTable.print(stats.body(), out);

        Map<String, Long> pages = pagesByStatus(stats.body());
        long messages = stats.body().get("admitted").getAsLong();
        Map<String, Long> expected = expectedPages(startUrl);
        boolean asExpected = pages.equals(expected);
        Result result = new Result(pages, messages, asExpected);
        out.printf("  crawled %d pages (%d messages) in %.1f s; the site expects %s: %s%n",
                result.claimed(), messages, seconds, expected, asExpected ? "✓" : "✗ got " + pages);
        out.flush();
        return result;
    }

    /** The pages a correct whole crawl records, per status, from the site's own link graph. */
    private static Map<String, Long> expectedPages(String startUrl) {
        CrawlExpectation expectation = SampleCrawlSite.standard().reachable(startUrl, WHOLE_SITE);
        Map<String, Long> expected = new TreeMap<>();
        for (CrawlExpectation.ExpectedPage page : expectation.pages().values()) {
            expected.merge(statusOf(page.outcome()), 1L, Long::sum);
        }
        return expected;
    }

    /** The crawl pages table's status for each outcome the site predicts. */
    private static String statusOf(Outcome outcome) {
        switch (outcome) {
            case HTML:
                return "fetched";
            case NOT_HTML:
                return "notHtml";
            case NOT_FOUND:
                return "failed";
            default:
                return "robots";
        }
    }

    private static Map<String, Long> pagesByStatus(JsonObject stats) {
        Map<String, Long> pages = new TreeMap<>();
        JsonElement byStatus = stats.get("pages");
        if (byStatus != null && byStatus.isJsonObject()) {
            byStatus.getAsJsonObject().entrySet().forEach(entry -> pages.put(entry.getKey(), entry.getValue().getAsLong()));
        }
        return pages;
    }
}
