package workshop.crawler;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.samples.CrawlExpectation;
import workshop.localcloud.samples.CrawlExpectation.ExpectedPage;
import workshop.localcloud.samples.CrawlExpectation.Outcome;
import workshop.localcloud.samples.CrawlRequest;
import workshop.localcloud.samples.SampleCrawlSite;
import workshop.localcloud.samples.SampleSiteServer;
import workshop.movies.ErrorTable;
import workshop.movies.PageFetcher;
import workshop.router.BatchOutcome;
import workshop.router.DynamoDbRouterRuntime;
import workshop.router.Envelope;
import workshop.router.InMemoryRouterRuntime;
import workshop.router.MessageCodec;
import workshop.router.MessageContext;
import workshop.router.MessageIds;
import workshop.router.MessageRouter;
import workshop.router.OutgoingMessage;
import workshop.router.RouterRuntime;
import workshop.router.StreamRecord;
import workshop.router.StreamSink;

/**
 * The crawler's and the router's figures, with their baselines measured in the same run (run by
 * {@code scripts/bench-crawler.sh}; figures only, never a pass/fail on time):
 * <ol>
 *   <li><b>crawl</b>: {@code POST /crawl} of the whole sample site (depth limit 20) on the local cloud,
 *       until the cloud is idle: pages fetched per second and messages per second, against the same URLs
 *       fetched one after the other with {@link PageFetcher} (no router, no stream, no DynamoDB). A new
 *       run each round, so every URL is claimed and fetched again;</li>
 *   <li><b>router overhead</b>: the same pageBody messages (pages of the sample site, encoded with
 *       {@link MessageCodec}, in batches of 100) through {@link MessageRouter#process} with the crawler's
 *       {@link ExtractLinksHandler}, against {@link ExtractLinksHandler#handle} called directly on the
 *       decoded bodies: µs per message and the ratio, with {@link InMemoryRouterRuntime} (the framework's
 *       own cost) and with {@link DynamoDbRouterRuntime} on DynamoDB Local (with the bookkeeping's: two
 *       transactions a message). Emitted messages go to a sink that counts them.</li>
 * </ol>
 * Warm-up rounds are not counted; each figure is the median of its rounds, and each ratio the median of
 * the ratios of the rounds, in which both sides took turns (a round each in 1, a batch each in 2).
 *
 * <pre>CrawlerBenchmark [--crawl-rounds 5] [--messages 2000] [--rounds 7] [--dynamodb-rounds 3] [--warm-ups 2]</pre>
 */
public final class CrawlerBenchmark {

    private static final String STREAM = "router-stream-local";
    private static final String RUNTIME_TABLE = "router-runtime-local";
    private static final String ERROR_TABLE = "router-errors-local";
    /** Deeper than the sample site's longest chain (12 links): the whole site. */
    private static final int WHOLE_SITE = CrawlScope.MAX_DEPTH;
    /** Far more than a whole crawl uses (about 2 messages a page): the budget never stops a round. */
    private static final long BIG_BUDGET = 100_000;
    /** The batch size of the crawler's event source mapping (solutions/serverless.yml). */
    private static final int BATCH = 100;
    private static final Duration CRAWL_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CrawlerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int crawlRounds = intArgument(args, "--crawl-rounds", 5);
        int messages = intArgument(args, "--messages", 2_000);
        int rounds = intArgument(args, "--rounds", 7);
        int dynamoDbRounds = intArgument(args, "--dynamodb-rounds", 3);
        int warmUps = intArgument(args, "--warm-ups", 2);
        try (SampleSiteServer site = new SampleSiteServer(0);
             LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(Path.of("../serverless.yml"), Path.of("serverless.yml"))
                     .withConsole(line -> { }))) {
            crawlAgainstDirectFetches(cloud, site, crawlRounds, warmUps);
            routerAgainstDirectCalls(cloud, site, messages, rounds, dynamoDbRounds, warmUps);
        }
        // DynamoDB Local leaves a non-daemon thread behind: end the JVM explicitly.
        System.exit(0);
    }

    // --- 1. The crawl on the local cloud --------------------------------------------------------------

    private static void crawlAgainstDirectFetches(LocalCloud cloud, SampleSiteServer site, int rounds, int warmUps)
            throws Exception {
        CrawlExpectation expected = SampleCrawlSite.standard().reachable(site.crawlUrl(), WHOLE_SITE);
        List<String> urls = expected.fetched().stream().map(path -> site.baseUrl() + path).toList();
        PageFetcher fetcher = new PageFetcher(CrawlerHandler.FETCH_TIMEOUT, PageBody.MAX_HTML_BYTES);

        double[] crawlPages = new double[rounds];
        double[] crawlMessages = new double[rounds];
        double[] crawlSeconds = new double[rounds];
        double[] direct = new double[rounds];
        double[] ratios = new double[rounds];
        long messagesPerCrawl = 0;
        Map<String, Long> calls = Map.of();
        // The warm-up rounds warm both paths up (class loading, JIT, the function's first start) and are not counted.
        for (int round = -warmUps; round < rounds; round++) {
            long directStart = System.nanoTime();
            for (String url : urls) {
                fetcher.fetch(url);
            }
            double directRate = urls.size() / seconds(System.nanoTime() - directStart);

            site.crawlRequests().clear();
            cloud.services().localDynamoDb().interceptor().resetCallCounts();
            long crawlStart = System.nanoTime();
            String runId = startCrawl(cloud, site.crawlUrl());
            if (!cloud.awaitIdle(CRAWL_TIMEOUT)) {
                throw new IllegalStateException("the crawl did not end within " + CRAWL_TIMEOUT);
            }
            double elapsed = seconds(System.nanoTime() - crawlStart);
            JsonObject stats = stats(cloud, runId);
            long pagesFetched = pagesFetched(site.crawlRequests().snapshot(), expected, stats);
            long messages = stats.get("admitted").getAsLong();
            if (round >= 0) {
                crawlSeconds[round] = elapsed;
                crawlPages[round] = pagesFetched / elapsed;
                crawlMessages[round] = messages / elapsed;
                direct[round] = directRate;
                ratios[round] = crawlPages[round] / directRate;
                messagesPerCrawl = messages;
                calls = cloud.services().localDynamoDb().interceptor().callCounts();
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "== Crawl of the sample site on the local cloud: POST /crawl (maxDepth %d) until idle,"
                + " %d warm-up rounds, then %d rounds, a new run each%n", WHOLE_SITE, warmUps, rounds);
        System.out.printf(Locale.ROOT, "  %d pages fetched a crawl (of %d claimed: %d robots.txt exclusions), %d messages"
                        + " (pageUrl + pageBody), robots.txt once%n", urls.size(), expected.claimed().size(),
                expected.robotsExcluded().size(), messagesPerCrawl);
        row("crawl: API → stream → router → fetch → stream ...", median(crawlPages), "pages/s", crawlPages);
        row("crawl: messages routed", median(crawlMessages), "msg/s", crawlMessages);
        row("crawl: time to idle", median(crawlSeconds), "s", crawlSeconds);
        row("baseline: the same URLs, PageFetcher one after another", median(direct), "pages/s", direct);
        ratioRow("ratio crawl / direct fetches, median of rounds", ratios);
        long dynamoDbCalls = calls.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "  %-62s %s: %d, %.1f a message%n", "DynamoDB calls in the last crawl (API's and crawler's)",
                new TreeMap<>(calls), dynamoDbCalls, dynamoDbCalls / (double) Math.max(1, messagesPerCrawl));
    }

    /**
     * The pages fetched in the round, from the site's own request log (robots.txt left out), checked
     * against what a correct crawl fetches and what the crawl's stats say: a figure of a wrong crawl
     * would mean nothing.
     */
    private static long pagesFetched(List<CrawlRequest> requests, CrawlExpectation expected, JsonObject stats) {
        long pages = requests.stream().filter(request -> !request.path().equals(SampleCrawlSite.ROBOTS_PATH)).count();
        long html = expected.pages().values().stream().filter(page -> page.outcome() == Outcome.HTML).count();
        long fetchedInStats = stats.getAsJsonObject("pages").has("fetched")
                ? stats.getAsJsonObject("pages").get("fetched").getAsLong() : 0;
        if (pages != expected.fetched().size() || fetchedInStats != html || !stats.get("terminated").isJsonNull()) {
            throw new IllegalStateException("the crawl did not fetch the site as expected: " + pages + " GETs (expected "
                    + expected.fetched().size() + "), " + fetchedInStats + " pages fetched in the stats (expected " + html
                    + "): " + stats);
        }
        return pages;
    }

    private static String startCrawl(LocalCloud cloud, String url) throws Exception {
        String body = "{\"url\":\"" + url + "\",\"maxDepth\":" + WHOLE_SITE + ",\"budget\":" + BIG_BUDGET + "}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + "/crawl"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST /crawl answered " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject().get("runId").getAsString();
    }

    private static JsonObject stats(LocalCloud cloud, String runId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + "/crawl/stats?run=" + runId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /crawl/stats answered " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    // --- 2. The router's overhead per message ----------------------------------------------------------

    private static void routerAgainstDirectCalls(LocalCloud cloud, SampleSiteServer site, int count, int rounds,
                                                 int dynamoDbRounds, int warmUps) {
        List<PageBody> pages = samplePages(site);
        ExtractLinksHandler handler = new ExtractLinksHandler(KnownPages.NONE);
        ErrorTable errors = new ErrorTable(cloud.services().dynamoDb(), ERROR_TABLE);
        RouterRuntime inMemory = new InMemoryRouterRuntime(Clock.systemUTC());
        RouterRuntime dynamoDb = new DynamoDbRouterRuntime(cloud.services().dynamoDb(), RUNTIME_TABLE, Clock.systemUTC());

        Series memory = new Series(rounds);
        long emitted = 0;
        for (int round = -warmUps; round < rounds; round++) {
            Messages messages = Messages.of(pages, count, "bench-memory-" + (round + warmUps));
            inMemory.startRun(messages.runId(), BIG_BUDGET);
            Pair pair = directAndRouted(handler, router(inMemory, errors, handler), messages);
            if (round >= 0) {
                memory.add(round, pair);
                emitted = pair.emitted();
            }
        }

        Series onDynamoDb = new Series(dynamoDbRounds);
        Map<String, Long> calls = Map.of();
        // One warm-up round: the SDK's client and DynamoDB Local's own code paths.
        for (int round = -1; round < dynamoDbRounds; round++) {
            Messages messages = Messages.of(pages, count, "bench-dynamodb-" + (round + 1));
            dynamoDb.startRun(messages.runId(), BIG_BUDGET);
            cloud.services().localDynamoDb().interceptor().resetCallCounts();
            Pair pair = directAndRouted(handler, router(dynamoDb, errors, handler), messages);
            if (round >= 0) {
                onDynamoDb.add(round, pair);
                calls = cloud.services().localDynamoDb().interceptor().callCounts();
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "== Router overhead, one JVM: %d pageBody messages a round (%d sample-site pages, in batches of %d),"
                        + " %d pageUrl emitted; %d warm-up rounds, then %d rounds (DynamoDB: 1 warm-up round, then %d);"
                        + " direct and router take turns, batch by batch%n",
                count, pages.size(), BATCH, emitted, warmUps, rounds, dynamoDbRounds);
        row("direct: ExtractLinksHandler.handle on decoded bodies", median(memory.direct), "µs/msg", memory.direct);
        row("router, InMemoryRouterRuntime (decode, admit, emit, complete)", median(memory.routed), "µs/msg", memory.routed);
        ratioRow("ratio router (in memory) / direct, median of rounds", memory.ratios);
        row("direct, in the DynamoDB rounds", median(onDynamoDb.direct), "µs/msg", onDynamoDb.direct);
        row("router, DynamoDbRouterRuntime on DynamoDB Local", median(onDynamoDb.routed), "µs/msg", onDynamoDb.routed);
        ratioRow("ratio router (DynamoDB) / direct, median of rounds", onDynamoDb.ratios);
        System.out.printf(Locale.ROOT, "  %-62s %9.1f µs/msg%n", "≈ the bookkeeping: router on DynamoDB − router in memory",
                median(onDynamoDb.routed) - median(memory.routed));
        System.out.printf(Locale.ROOT, "  %-62s %s (%.2f TransactWriteItems a message)%n", "DynamoDB calls in the last round",
                calls, calls.getOrDefault("TransactWriteItems", 0L) / (double) count);
    }

    /** One round's µs per message of each side, and how many messages each emitted (the same, or it throws). */
    private record Pair(double directMicros, double routedMicros, long emitted) {
    }

    /** The rounds of one comparison: µs per message of each side, and their ratio per round. */
    private static final class Series {
        final double[] direct;
        final double[] routed;
        final double[] ratios;

        Series(int rounds) {
            direct = new double[rounds];
            routed = new double[rounds];
            ratios = new double[rounds];
        }

        void add(int round, Pair pair) {
            direct[round] = pair.directMicros();
            routed[round] = pair.routedMicros();
            ratios[round] = pair.routedMicros() / pair.directMicros();
        }
    }

    /**
     * The same messages both ways, a batch of {@value #BATCH} at a time, taking turns: the batch's bodies
     * (decoded beforehand) to {@link ExtractLinksHandler#handle} with a context that only counts the emits,
     * then the batch's records through the router, as Lambda delivers them. Turn by turn, a change in the
     * machine's load hits both sides alike.
     */
    private static Pair directAndRouted(ExtractLinksHandler handler, RoutedRun run, Messages messages) {
        CountingContext context = new CountingContext(Envelope.root(messages.runId() + "-direct", messages.runId(), Instant.now()));
        long directNanos = 0;
        long routedNanos = 0;
        for (int batch = 0; batch < messages.batches().size(); batch++) {
            long start = System.nanoTime();
            for (PageBody body : messages.bodies().get(batch)) {
                handler.handle(body, context);
            }
            long between = System.nanoTime();
            BatchOutcome outcome = run.router().process(messages.batches().get(batch));
            routedNanos += System.nanoTime() - between;
            directNanos += between - start;
            if (!outcome.isComplete() || outcome.handled() != messages.batches().get(batch).size()) {
                throw new IllegalStateException("the router did not handle the batch: " + outcome);
            }
        }
        // The router must have done the handler's work, no more and no less.
        if (run.sink().messages != context.emitted) {
            throw new IllegalStateException("the router emitted " + run.sink().messages + " messages, the handler called"
                    + " directly " + context.emitted);
        }
        int count = messages.count();
        return new Pair(micros(directNanos) / count, micros(routedNanos) / count, context.emitted);
    }

    private record RoutedRun(MessageRouter router, CountingSink sink) {
    }

    private static RoutedRun router(RouterRuntime runtime, ErrorTable errors, ExtractLinksHandler handler) {
        CountingSink sink = new CountingSink();
        MessageRouter router = new MessageRouter(runtime, sink, errors, Clock.systemUTC())
                .on(PageBody.TYPE, PageBody.class, CrawlerApp.EXTRACT_LINKS, handler);
        return new RoutedRun(router, sink);
    }

    /** Every HTML page of the sample site as the crawler's fetch handler would emit it: depth and title included. */
    private static List<PageBody> samplePages(SampleSiteServer site) {
        SampleCrawlSite sampleSite = SampleCrawlSite.standard();
        String host = "127.0.0.1:" + site.port();
        CrawlScope scope = new CrawlScope(List.of("127.0.0.1"), WHOLE_SITE);
        List<PageBody> pages = new ArrayList<>();
        for (ExpectedPage page : sampleSite.reachable(site.crawlUrl(), WHOLE_SITE).pages().values()) {
            if (page.outcome() == Outcome.HTML) {
                String url = site.baseUrl() + page.path();
                String html = sampleSite.respond(host, page.path()).text();
                pages.add(new PageBody(url, url, page.depth(), scope, sampleSite.title(page.path()).orElse(""), html));
            }
        }
        return pages;
    }

    /**
     * N pageBody messages of one run: the sample pages over and over, each message with its own id (so
     * none is taken for a redelivery), as stream records and as the decoded bodies, in batches.
     */
    private record Messages(String runId, List<List<StreamRecord>> batches, List<List<PageBody>> bodies) {

        static Messages of(List<PageBody> pages, int count, String runId) {
            Envelope start = Envelope.root(runId + "-start", runId, Instant.now());
            List<List<StreamRecord>> batches = new ArrayList<>();
            List<List<PageBody>> bodies = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                if (n % BATCH == 0) {
                    batches.add(new ArrayList<>());
                    bodies.add(new ArrayList<>());
                }
                Envelope envelope = start.child(MessageIds.child(start.messageId(), CrawlerApp.FETCH_PAGE, n), Instant.now());
                byte[] data = MessageCodec.encode(PageBody.TYPE, envelope, pages.get(n % pages.size()));
                batches.get(batches.size() - 1).add(new StreamRecord("shardId-000000000000",
                        String.format(Locale.ROOT, "4960%020d", n), envelope.messageId(), data));
                // Decoded as the router decodes it: the direct calls get the very bodies the router passes.
                bodies.get(bodies.size() - 1).add(MessageCodec.bodyAs(MessageCodec.decode(data).body(), PageBody.class));
            }
            return new Messages(runId, batches, bodies);
        }

        int count() {
            return bodies.stream().mapToInt(List::size).sum();
        }
    }

    /** The stream, for the router: counts the messages and drops them. */
    private static final class CountingSink implements StreamSink {
        long messages;

        @Override
        public void put(List<OutgoingMessage> outgoing) {
            messages += outgoing.size();
        }
    }

    /** The handler's context without a router: a fixed envelope, and the emits counted. */
    private static final class CountingContext implements MessageContext {
        private final Envelope envelope;
        long emitted;

        CountingContext(Envelope envelope) {
            this.envelope = envelope;
        }

        @Override
        public Envelope envelope() {
            return envelope;
        }

        @Override
        public String messageType() {
            return PageBody.TYPE;
        }

        @Override
        public void emit(String messageType, Object body) {
            emitted++;
        }
    }

    // --- Figures ----------------------------------------------------------------------------------------

    private static void row(String what, double median, String unit, double[] rounds) {
        System.out.printf(Locale.ROOT, "  %-62s median %9.1f %-7s (rounds: %s)%n", what, median, unit, list(rounds));
    }

    private static void ratioRow(String what, double[] ratios) {
        System.out.printf(Locale.ROOT, "  %-62s %9.2f         (per round: %s)%n", what, median(ratios), listRatios(ratios));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double micros(long nanos) {
        return nanos / 1e3;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String listRatios(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(value -> String.format(Locale.ROOT, "%.2f", value)).toList());
    }

    private static String list(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(value -> String.format(Locale.ROOT, "%.1f", value)).toList());
    }

    private static int intArgument(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
