package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.samples.CrawlExpectation;
import workshop.localcloud.samples.CrawlExpectation.ExpectedPage;
import workshop.localcloud.samples.CrawlExpectation.Outcome;
import workshop.localcloud.samples.CrawlRequest;
import workshop.localcloud.samples.SampleCrawlSite;
import workshop.localcloud.samples.SampleSiteServer;
import workshop.localcloud.streams.EventSourceMapping;
import workshop.router.DynamoDbRouterRuntime;
import workshop.router.Envelope;
import workshop.router.KinesisMessageSender;
import workshop.router.MessageIds;

/**
 * The crawler on the local cloud, end to end, from the deploy files (the root resources stack and
 * solutions/serverless.yml): {@code POST /crawl} starts a run, the one router function crawls the sample
 * site over HTTP through the router stream, {@code GET /crawl/stats} reads the counters. What the crawl
 * did is checked three ways: the crawl pages table, the site's own request log (what was really fetched,
 * and from which host) and the router's counters, against the answer the sample site computes from its
 * own link graph ({@link SampleCrawlSite#reachable}).
 */
class CrawlerEndToEndTest {

    private static final Duration IDLE = Duration.ofSeconds(120);
    /** Deeper than the site's longest chain: the whole site. */
    private static final int WHOLE_SITE = 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SampleCrawlSite sampleSite = SampleCrawlSite.standard();
    private SampleSiteServer site;
    private LocalCloud cloud;

    @BeforeEach
    void startTheSiteAndTheApp() {
        site = new SampleSiteServer(0);
        cloud = LocalCloud.start(LocalCloudOptions.of(Path.of("../serverless.yml"), Path.of("serverless.yml"))
                .withConsole(line -> { }));
    }

    @AfterEach
    void stopThem() {
        if (cloud != null) {
            cloud.close();
        }
        site.close();
    }

    @Test
    void aWholeCrawlFetchesEveryReachableAllowedPageOnceAndNeverLeavesItsHost() throws Exception {
        JsonObject stats = crawlToTheEnd(startCrawl(site.crawlUrl(), WHOLE_SITE, 10_000));

        CrawlExpectation expected = sampleSite.reachable(site.crawlUrl(), WHOLE_SITE);
        assertThat(expected.claimed()).as("the site has pages of every kind").hasSizeGreaterThan(250);
        assertTheCrawlDidExactly(expected, stats);
    }

    @Test
    void withStreamRedeliveryAndThrottledPutsTheCrawlAndItsCountersAreExactlyTheSame() throws Exception {
        cloud.faults().redeliverStreamRecords(0.3).throttleKinesisPuts(0.2);

        JsonObject stats = crawlToTheEnd(startCrawl(site.crawlUrl(), WHOLE_SITE, 10_000));

        assertTheCrawlDidExactly(sampleSite.reachable(site.crawlUrl(), WHOLE_SITE), stats);
    }

    @Test
    void theCrawlStopsAtTheDepthLimit() throws Exception {
        int maxDepth = 3;
        JsonObject stats = crawlToTheEnd(startCrawl(site.crawlUrl(), maxDepth, 10_000));

        CrawlExpectation expected = sampleSite.reachable(site.crawlUrl(), maxDepth);
        assertThat(expected.claimed()).as("depth 3 is a part of the site only")
                .hasSizeLessThan(sampleSite.reachable(site.crawlUrl(), WHOLE_SITE).claimed().size());
        assertTheCrawlDidExactly(expected, stats);
        assertThat(expected.pages().values()).extracting(ExpectedPage::depth).allMatch(depth -> depth <= maxDepth);
    }

    @Test
    void aRunawayCrawlStopsAtItsBudgetWithCountersThatMatchWhatHappened() throws Exception {
        long budget = 60;
        cloud.faults().redeliverStreamRecords(0.3);

        JsonObject stats = crawlToTheEnd(startCrawl(site.crawlUrl(), WHOLE_SITE, budget));

        assertThat(stats.get("terminated").getAsString()).isEqualTo("budget");
        assertThat(stats.get("admitted").getAsLong()).isEqualTo(budget);
        assertThat(stats.get("dropped").getAsLong()).as("the messages after the budget were dropped").isPositive();
        Map<String, Long> pageUrl = counters(stats, "pageUrl");
        Map<String, Long> pageBody = counters(stats, "pageBody");
        assertThat(pageUrl.get("received") + pageBody.get("received"))
                .isEqualTo(stats.get("admitted").getAsLong() + stats.get("dropped").getAsLong());
        assertThat(pageUrl.get("dropped") + pageBody.get("dropped")).isEqualTo(stats.get("dropped").getAsLong());
        // Every admitted message was handled by each handler of its type, exactly once.
        assertThat(pageUrl.get("handled")).isEqualTo(pageUrl.get("received") - pageUrl.get("dropped"));
        assertThat(pageBody.get("handled")).isEqualTo(2 * (pageBody.get("received") - pageBody.get("dropped")));
        assertThat(pageUrl.get("failed") + pageBody.get("failed")).isZero();

        // What the site served is what the pages table says was fetched, once each, and no more.
        String runId = stats.get("runId").getAsString();
        Map<String, String> statusByUrl = pageStatuses(runId);
        List<CrawlRequest> pageRequests = site.crawlRequests().snapshot().stream()
                .filter(request -> !request.path().equals(SampleCrawlSite.ROBOTS_PATH)).toList();
        long fetchedInTable = statusByUrl.values().stream().filter(status -> !status.equals("robots")).count();
        assertThat(pageRequests).hasSize((int) fetchedInTable);
        assertThat(pageRequests).extracting(CrawlRequest::path).doesNotHaveDuplicates();
        assertThat(fetchedInTable).as("far fewer than the whole site")
                .isLessThan(sampleSite.reachable(site.crawlUrl(), WHOLE_SITE).fetched().size() / 2);
        assertThat(streamCaughtUp()).isTrue();
    }

    @Test
    void anOperatorStopsARunWithTheKillSwitchAndItsMessagesAreDroppedNotHandled() throws Exception {
        DynamoDbRouterRuntime ledger = new DynamoDbRouterRuntime(cloud.services().dynamoDb(),
                "router-runtime-local", Clock.systemUTC());
        String runId = "crawl-stopped-by-hand";
        ledger.startRun(runId, 1_000);

        HttpResponse<String> stop = send("POST", "/crawl/" + runId + "/stop", "");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        // The run's first message arrives after the switch: acknowledged, counted, never handled.
        new KinesisMessageSender(cloud.services().kinesis(), "router-stream-local").send("pageUrl",
                Envelope.root(MessageIds.random(), runId, Clock.systemUTC().instant()),
                new PageUrl(site.crawlUrl(), 0, new CrawlScope(List.of("127.0.0.1"), 3)));
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        JsonObject stats = stats(runId);
        assertThat(stats.get("terminated").getAsString()).isEqualTo("operator");
        assertThat(stats.get("admitted").getAsLong()).isZero();
        assertThat(stats.get("dropped").getAsLong()).isEqualTo(1);
        assertThat(counters(stats, "pageUrl")).containsEntry("received", 1L).containsEntry("handled", 0L);
        assertThat(site.crawlRequests().snapshot()).as("nothing was fetched").isEmpty();
        assertThat(send("POST", "/crawl/no-such-run/stop", "").statusCode()).isEqualTo(404);
    }

    @Test
    void recordsThatAreNotMessagesGoToTheRouterErrorTableAndTheStreamGoesOn() throws Exception {
        List<String> payloads = List.of("not json at all", "{\"messageType\":\"pageUrl\"}",
                "{\"messageType\":\"weather\",\"system\":{\"messageId\":\"m-1\",\"runId\":\"r\","
                        + "\"timestamp\":\"2026-11-23T10:00:00Z\",\"parentId\":null,\"depth\":0},\"body\":{}}");
        List<String> sequenceNumbers = payloads.stream()
                .map(payload -> cloud.services().kinesis().putRecord(request -> request.streamName("router-stream-local")
                        .partitionKey("bad").data(SdkBytes.fromString(payload, StandardCharsets.UTF_8))).sequenceNumber())
                .toList();
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        List<String> errorIds = cloud.services().dynamoDb().scanPaginator(request -> request.tableName("router-errors-local"))
                .items().stream().map(item -> item.get("id").s()).toList();
        assertThat(errorIds).containsExactlyInAnyOrderElementsOf(sequenceNumbers.stream()
                .map(sequenceNumber -> "record#shardId-000000000000#" + sequenceNumber).toList());
        assertThat(streamCaughtUp()).isTrue();
    }

    @Test
    void aCrawlRequestThatCannotBeRunIsRefusedAndNothingStarts() throws Exception {
        HttpResponse<String> ftp = send("POST", "/crawl", "{\"url\":\"ftp://127.0.0.1/files\"}");
        HttpResponse<String> notJson = send("POST", "/crawl", "{\"url\":");
        HttpResponse<String> tooDeep = send("POST", "/crawl", "{\"url\":\"" + site.crawlUrl() + "\",\"maxDepth\":99}");

        assertThat(List.of(ftp, notJson, tooDeep)).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("error").getAsString()).isNotBlank();
        });
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(send("GET", "/crawl/stats", "").statusCode()).as("no run was started").isEqualTo(404);
        assertThat(site.crawlRequests().snapshot()).isEmpty();
    }

    /**
     * The crawl pages table holds exactly the expected pages with their outcomes; the site served each
     * fetched page exactly once, robots.txt at most once, every request to its own host; the counters
     * add up to what happened.
     */
    private void assertTheCrawlDidExactly(CrawlExpectation expected, JsonObject stats) {
        String runId = stats.get("runId").getAsString();
        String origin = site.baseUrl();

        Map<String, String> expectedStatus = expected.pages().values().stream()
                .collect(Collectors.toMap(page -> origin + page.path(), page -> statusOf(page.outcome())));
        assertThat(pageStatuses(runId)).isEqualTo(expectedStatus);

        List<CrawlRequest> requests = site.crawlRequests().snapshot();
        assertThat(requests).extracting(CrawlRequest::host).containsOnly("127.0.0.1:" + site.port());
        Map<String, Long> getsPerPath = requests.stream()
                .collect(Collectors.groupingBy(request -> SampleCrawlSite.canonicalPath(request.path()), Collectors.counting()));
        assertThat(getsPerPath.getOrDefault(SampleCrawlSite.ROBOTS_PATH, 0L)).as("robots.txt at most once").isLessThanOrEqualTo(1);
        getsPerPath.remove(SampleCrawlSite.ROBOTS_PATH);
        assertThat(getsPerPath).as("each fetched page once, nothing else")
                .isEqualTo(expected.fetched().stream().collect(Collectors.toMap(Function.identity(), path -> 1L)));

        long htmlPages = expected.pages().values().stream().filter(page -> page.outcome() == Outcome.HTML).count();
        Map<String, Long> pageUrl = counters(stats, "pageUrl");
        Map<String, Long> pageBody = counters(stats, "pageBody");
        assertThat(stats.get("terminated").isJsonNull()).isTrue();
        assertThat(stats.get("dropped").getAsLong()).isZero();
        assertThat(stats.get("admitted").getAsLong()).isEqualTo(pageUrl.get("received") + pageBody.get("received"));
        assertThat(pageBody).containsEntry("received", htmlPages).containsEntry("emitted", htmlPages)
                .containsEntry("handled", 2 * htmlPages).containsEntry("failed", 0L);
        // pageUrl messages outnumber the pages (two pages may link one URL): the claim keeps each to one fetch.
        assertThat(pageUrl.get("received")).isGreaterThanOrEqualTo(expected.claimed().size())
                .isEqualTo(pageUrl.get("emitted") + 1) // every one emitted by a page, but the run's first
                .isEqualTo(pageUrl.get("handled"));
        assertThat(pageUrl.get("failed")).isZero();
        assertThat(stats.getAsJsonObject("pages").get("fetched").getAsLong()).isEqualTo(
                expected.pages().values().stream().filter(page -> page.outcome() == Outcome.HTML).count());
        assertThat(streamCaughtUp()).isTrue();
    }

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

    private String startCrawl(String url, int maxDepth, long budget) throws Exception {
        String request = "{\"url\":\"" + url + "\",\"maxDepth\":" + maxDepth + ",\"budget\":" + budget + "}";
        HttpResponse<String> response = send("POST", "/crawl", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonParser.parseString(response.body()).getAsJsonObject().get("runId").getAsString();
    }

    private JsonObject crawlToTheEnd(String runId) throws Exception {
        assertThat(cloud.awaitIdle(IDLE)).as("the crawl ends").isTrue();
        return stats(runId);
    }

    private JsonObject stats(String runId) throws Exception {
        HttpResponse<String> response = send("GET", "/crawl/stats?run=" + runId, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static Map<String, Long> counters(JsonObject stats, String messageType) {
        JsonObject counters = stats.getAsJsonObject("types").getAsJsonObject(messageType);
        return counters.keySet().stream().collect(Collectors.toMap(Function.identity(), name -> counters.get(name).getAsLong()));
    }

    /** The crawl pages table's items of one run: url -> status. */
    private Map<String, String> pageStatuses(String runId) {
        return cloud.services().dynamoDb().queryPaginator(request -> request.tableName("crawl-pages-local")
                        .keyConditionExpression("runId = :run")
                        .expressionAttributeValues(Map.of(":run", AttributeValue.fromS(runId))))
                .items().stream()
                .collect(Collectors.toMap(item -> item.get("url").s(), item -> item.get("status").s()));
    }

    private boolean streamCaughtUp() {
        return cloud.streamMappings().stream()
                .filter(mapping -> mapping.streamArn().contains("router-stream-local"))
                .allMatch(EventSourceMapping::isCaughtUp);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + path))
                        .header("Content-Type", "application/json")
                        .method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
