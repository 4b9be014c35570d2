package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.router.Envelope;
import workshop.router.MessageSender;
import workshop.router.MessagesNotSentException;
import workshop.router.RunLedger;
import workshop.router.RunStats;
import workshop.router.RunStats.TypeCounters;
import workshop.testing.RecordingContexts;

/** The crawl API route by route, with an in-memory run ledger and a sender that records. */
class CrawlApiHandlerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String START = "http://127.0.0.1:3000/sample/crawl/";

    private final FakeLedger ledger = new FakeLedger();
    private final List<Sent> sent = new ArrayList<>();
    private final MessageSender sender = (type, envelope, body) -> sent.add(new Sent(type, envelope, body));
    private final PageClaims pages = mock(PageClaims.class);
    private final CrawlApiHandler handler = new CrawlApiHandler(ledger, sender, pages, Clock.fixed(NOW, ZoneOffset.UTC),
            () -> "crawl-0123456789ab");

    @Nested
    class StartACrawl {

        @Test
        void startsARunAndPutsItsFirstMessageOnTheStream() {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl", "{\"url\":\"" + START + "\"}");

            assertThat(response.getStatusCode()).isEqualTo(202);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
            assertThat(json(response)).isEqualTo(JsonParser.parseString("""
                    {"runId":"crawl-0123456789ab","url":"http://127.0.0.1:3000/sample/crawl","maxDepth":3,"budget":1000,
                     "allowedHosts":["127.0.0.1"],"stats":"/crawl/stats?run=crawl-0123456789ab"}
                    """));
            assertThat(ledger.started).containsExactly(Map.entry("crawl-0123456789ab", 1000L));
            CrawlScope scope = new CrawlScope(List.of("127.0.0.1"), 3);
            assertThat(sent).containsExactly(new Sent(PageUrl.TYPE,
                    Envelope.root("crawl-0123456789ab-start", "crawl-0123456789ab", NOW),
                    new PageUrl("http://127.0.0.1:3000/sample/crawl", 0, scope)));
        }

        @Test
        void takesTheDepthTheBudgetAndTheHostsGiven() {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl", """
                    {"url":"HTTP://Example.COM/start/#top","maxDepth":0,"budget":100000,"allowedHosts":["example.com","CDN.example.com"]}
                    """);

            assertThat(response.getStatusCode()).isEqualTo(202);
            JsonObject json = json(response);
            assertThat(json.get("url").getAsString()).isEqualTo("http://example.com/start");
            assertThat(json.get("maxDepth").getAsInt()).isZero();
            assertThat(json.get("budget").getAsLong()).isEqualTo(100_000);
            assertThat(json.get("allowedHosts").toString()).isEqualTo("[\"example.com\",\"cdn.example.com\"]");
            assertThat(ledger.started).containsEntry("crawl-0123456789ab", 100_000L);
            assertThat(((PageUrl) sent.get(0).body()).scope()).isEqualTo(new CrawlScope(List.of("example.com", "cdn.example.com"), 0));
        }

        @Test
        void readsABase64EncodedBody() {
            String body = Base64.getEncoder().encodeToString(("{\"url\":\"" + START + "\"}").getBytes(StandardCharsets.UTF_8));
            APIGatewayProxyRequestEvent event = event("POST", "/crawl", body).withIsBase64Encoded(true);

            assertThat(handler.handleRequest(event, RecordingContexts.recording(new ArrayList<>())).getStatusCode()).isEqualTo(202);
        }

        @Test
        void nullMeansTheDefault() {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl",
                    "{\"url\":\"" + START + "\",\"maxDepth\":null,\"budget\":null,\"allowedHosts\":null}");

            assertThat(response.getStatusCode()).isEqualTo(202);
            assertThat(json(response).get("maxDepth").getAsInt()).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiterString = " => ", textBlock = """
                not json                                                => the body is not JSON
                [1,2]                                                   => must be a JSON object
                {}                                                      => url is required
                {"url":42}                                              => url must be a string
                {"url":"mailto:a@example.com"}                          => url must be an absolute http or https URL
                {"url":"/sample/crawl/"}                                => url must be an absolute http or https URL
                {"url":"http://user:pw@127.0.0.1/"}                     => url must be an absolute http or https URL
                {"url":"http://127.0.0.1/","maxDepth":21}               => maxDepth must be a whole number from 0 to 20
                {"url":"http://127.0.0.1/","maxDepth":-1}               => maxDepth must be a whole number from 0 to 20
                {"url":"http://127.0.0.1/","maxDepth":2.5}              => maxDepth must be a whole number from 0 to 20
                {"url":"http://127.0.0.1/","maxDepth":"3"}              => maxDepth must be a whole number from 0 to 20
                {"url":"http://127.0.0.1/","budget":0}                  => budget must be a whole number from 1 to 100000
                {"url":"http://127.0.0.1/","budget":100001}             => budget must be a whole number from 1 to 100000
                {"url":"http://127.0.0.1/","budget":1e20}               => budget must be a whole number from 1 to 100000
                {"url":"http://127.0.0.1/","allowedHosts":[]}           => allowedHosts must be a list of host names
                {"url":"http://127.0.0.1/","allowedHosts":"127.0.0.1"}  => allowedHosts must be a list of host names
                {"url":"http://127.0.0.1/","allowedHosts":[1]}          => allowedHosts must be a list of host names
                {"url":"http://127.0.0.1/","allowedHosts":["127.0.0.1:3000"]} => allowedHosts: '127.0.0.1:3000' is not a host name
                {"url":"http://127.0.0.1/","allowedHosts":["example.com"]} => the url's host 127.0.0.1 is not one of allowedHosts
                {"url":"http://127.0.0.1/","maxdepth":2}                => unknown field [maxdepth]
                """)
        void refusesARequestItCannotStartWithAnErrorSayingWhatToChange(String body, String error) {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl", body);

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(json(response).get("error").getAsString()).contains(error);
            assertThat(ledger.started).isEmpty();
            assertThat(sent).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refusesAnEmptyBody(String body) {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl", body);

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(json(response).get("error").getAsString()).startsWith("the body must be JSON, e.g. {\"url\"");
            assertThat(call("POST", "/crawl", null).getStatusCode()).isEqualTo(400);
        }

        @Test
        void refusesABodyOver16KiB() {
            String padding = " ".repeat(CrawlApiHandler.MAX_BODY_BYTES);
            APIGatewayProxyResponseEvent response = call("POST", "/crawl", "{\"url\":\"" + START + "\"}" + padding);

            assertThat(response.getStatusCode()).isEqualTo(413);
            assertThat(json(response).get("error").getAsString()).contains("16384");
            assertThat(sent).isEmpty();
        }

        @Test
        void takesABodyOfExactly16KiB() {
            String body = "{\"url\":\"" + START + "\"}";
            String padded = body + " ".repeat(CrawlApiHandler.MAX_BODY_BYTES - body.length());

            assertThat(call("POST", "/crawl", padded).getStatusCode()).isEqualTo(202);
        }

        @Test
        void whenTheStreamRefusesTheFirstMessageTheRunIsStoppedAndTheAnswerSaysTryAgain() {
            MessageSender refusing = (type, envelope, body) -> {
                throw new MessagesNotSentException("1 of 1 messages still refused after 4 attempts");
            };
            CrawlApiHandler handlerWithoutStream = new CrawlApiHandler(ledger, refusing, pages,
                    Clock.fixed(NOW, ZoneOffset.UTC), () -> "crawl-0123456789ab");

            APIGatewayProxyResponseEvent response = handlerWithoutStream.handleRequest(
                    event("POST", "/crawl", "{\"url\":\"" + START + "\"}"), RecordingContexts.recording(new ArrayList<>()));

            assertThat(response.getStatusCode()).isEqualTo(503);
            assertThat(json(response).get("error").getAsString()).contains("try again").contains("crawl-0123456789ab");
            assertThat(ledger.terminated).containsOnlyKeys("crawl-0123456789ab");
            assertThat(ledger.terminated.get("crawl-0123456789ab")).startsWith("the first message could not be sent");
        }
    }

    @Nested
    class Stats {

        private final RunStats stats = new RunStats("crawl-1", 500, NOW, null, 120, 3, Map.of(
                "pageUrl", new TypeCounters(60, 60, 1, 59, 2),
                "pageBody", new TypeCounters(60, 120, 0, 58, 1)));

        @Test
        void showsTheCountersOfTheRunAsked() {
            ledger.runs.put("crawl-1", stats);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("failed", 4L);
            counts.put("fetched", 55L);
            counts.put("robots", 1L);
            when(pages.countsByStatus("crawl-1")).thenReturn(counts);

            APIGatewayProxyResponseEvent response = call("GET", "/crawl/stats", null, Map.of("run", "crawl-1"));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getBody()).isEqualTo("{\"runId\":\"crawl-1\",\"budget\":500,\"startedAt\":\"2026-11-23T10:00:00Z\","
                    + "\"terminated\":null,\"admitted\":120,\"dropped\":3,\"types\":{"
                    + "\"pageBody\":{\"received\":60,\"handled\":120,\"failed\":0,\"emitted\":58,\"dropped\":1},"
                    + "\"pageUrl\":{\"received\":60,\"handled\":60,\"failed\":1,\"emitted\":59,\"dropped\":2}},"
                    + "\"pages\":{\"failed\":4,\"fetched\":55,\"robots\":1}}");
        }

        @Test
        void showsWhyARunStopped() {
            ledger.runs.put("crawl-1", new RunStats("crawl-1", 500, NOW, "budget", 500, 40, Map.of()));
            when(pages.countsByStatus("crawl-1")).thenReturn(Map.of());

            JsonObject json = json(call("GET", "/crawl/stats", null, Map.of("run", "crawl-1")));

            assertThat(json.get("terminated").getAsString()).isEqualTo("budget");
        }

        @Test
        void withoutARunShowsTheLatest() {
            ledger.runs.put("crawl-1", stats);
            ledger.latest = "crawl-1";
            when(pages.countsByStatus("crawl-1")).thenReturn(Map.of());

            APIGatewayProxyResponseEvent response = call("GET", "/crawl/stats", null);

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(json(response).get("runId").getAsString()).isEqualTo("crawl-1");
        }

        @Test
        void aRunThatWasNeverStartedIsNotFound() {
            APIGatewayProxyResponseEvent response = call("GET", "/crawl/stats", null, Map.of("run", "crawl-2"));

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(json(response).get("error").getAsString()).isEqualTo("no crawl run 'crawl-2'");
        }

        @Test
        void beforeTheFirstRunThereIsNoLatest() {
            APIGatewayProxyResponseEvent response = call("GET", "/crawl/stats", null);

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(json(response).get("error").getAsString()).contains("POST /crawl");
        }

        @Test
        void refusesWhatCannotBeARunId() {
            APIGatewayProxyResponseEvent response = call("GET", "/crawl/stats", null, Map.of("run", "run#1"));

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(json(response).get("error").getAsString()).contains("is not a run id");
        }
    }

    @Nested
    class Stop {

        @Test
        void terminatesTheRun() {
            ledger.runs.put("crawl-1", new RunStats("crawl-1", 500, NOW, null, 0, 0, Map.of()));

            APIGatewayProxyResponseEvent response = call("POST", "/crawl/crawl-1/stop", null);

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(json(response)).isEqualTo(JsonParser.parseString("{\"runId\":\"crawl-1\",\"terminated\":\"operator\"}"));
            assertThat(ledger.terminated).containsExactly(Map.entry("crawl-1", "operator"));
        }

        @Test
        void anUnknownRunIsNotFound() {
            APIGatewayProxyResponseEvent response = call("POST", "/crawl/crawl-9/stop", null);

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(ledger.terminated).isEmpty();
        }
    }

    @Nested
    class Routes {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(textBlock = """
                GET,    /crawl,              POST
                PUT,    /crawl,              POST
                POST,   /crawl/stats,        GET
                DELETE, /crawl/stats,        GET
                GET,    /crawl/crawl-1/stop, POST
                """)
        void aMethodAPathDoesNotTakeIs405WithTheOneItTakes(String method, String path, String allowed) {
            APIGatewayProxyResponseEvent response = call(method, path, null);

            assertThat(response.getStatusCode()).isEqualTo(405);
            assertThat(response.getHeaders()).containsEntry("Allow", allowed);
            assertThat(json(response).get("error").getAsString()).contains("use " + allowed + " " + path);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/", "/crawls", "/crawl/stats/more", "/crawl/crawl-1", "/crawl/crawl-1/start"})
        void anUnknownPathIs404NamingTheRoutes(String path) {
            APIGatewayProxyResponseEvent response = call("GET", path, null);

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(json(response).get("error").getAsString()).contains("POST /crawl, GET /crawl/stats");
        }

        @Test
        void aTrailingSlashNamesTheSamePath() {
            assertThat(call("POST", "/crawl/", "{\"url\":\"" + START + "\"}").getStatusCode()).isEqualTo(202);
        }
    }

    @Test
    void randomRunIdsAreUrlSafeAndDiffer() {
        String first = CrawlApiHandler.randomRunId();

        assertThat(first).matches("crawl-[0-9a-f]{12}");
        assertThat(CrawlApiHandler.randomRunId()).isNotEqualTo(first);
    }

    private APIGatewayProxyResponseEvent call(String method, String path, String body) {
        return call(method, path, body, null);
    }

    private APIGatewayProxyResponseEvent call(String method, String path, String body, Map<String, String> query) {
        APIGatewayProxyRequestEvent event = event(method, path, body).withQueryStringParameters(query);
        return handler.handleRequest(event, RecordingContexts.recording(new ArrayList<>()));
    }

    private static APIGatewayProxyRequestEvent event(String method, String path, String body) {
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withPath(path).withBody(body);
    }

    private static JsonObject json(APIGatewayProxyResponseEvent response) {
        return JsonParser.parseString(response.getBody()).getAsJsonObject();
    }

    private record Sent(String messageType, Envelope envelope, Object body) {
    }

    /** The run ledger as maps. */
    private static final class FakeLedger implements RunLedger {

        final Map<String, RunStats> runs = new LinkedHashMap<>();
        final Map<String, Long> started = new LinkedHashMap<>();
        final Map<String, String> terminated = new LinkedHashMap<>();
        String latest;

        @Override
        public void startRun(String runId, long budget) {
            started.put(runId, budget);
            runs.put(runId, new RunStats(runId, budget, NOW, null, 0, 0, Map.of()));
            latest = runId;
        }

        @Override
        public void terminate(String runId, String reason) {
            terminated.put(runId, reason);
        }

        @Override
        public Optional<RunStats> stats(String runId) {
            return Optional.ofNullable(runs.get(runId));
        }

        @Override
        public Optional<String> latestRunId() {
            return Optional.ofNullable(latest);
        }
    }
}
