package workshop.crawler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.router.DynamoDbRouterRuntime;
import workshop.router.Envelope;
import workshop.router.KinesisMessageSender;
import workshop.router.MessageSender;
import workshop.router.MessagesNotSentException;
import workshop.router.RunLedger;
import workshop.router.RunStats;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The crawl API (a REST API, payload format 1.0):
 * <ul>
 *   <li>{@code POST /crawl} with {@code {"url":"http://…","maxDepth":3,"budget":1000,"allowedHosts":["…"]}}
 *       (all but {@code url} optional) starts a run: it gets a budget in the run ledger and its first
 *       {@value PageUrl#TYPE} message goes on the stream. {@code 202} with the run's settings and where
 *       its counters are: the crawl itself happens later, in the crawler function.</li>
 *   <li>{@code GET /crawl/stats?run=<runId>} (the latest run without {@code run}): the run's counters,
 *       per message type from the run ledger and per page status from the crawl pages table.</li>
 *   <li>{@code POST /crawl/<runId>/stop}: the kill switch; the run's messages are dropped from now on.</li>
 * </ul>
 * Every answer is JSON; a problem is {@code {"error":"…"}} saying what to change: 400 for a request
 * that is not right, 404 for an unknown run or path, 405 for a method a path does not take, 413 for a
 * body over {@value #MAX_BODY_BYTES} bytes, 503 when the stream did not take a run's first message (the run
 * is stopped at once).
 *
 * <p>An exception from DynamoDB or Kinesis is not caught: Lambda counts the invocation as an error
 * (which is what alarms watch) and API Gateway answers 500.
 */
public class CrawlApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    static final int MAX_BODY_BYTES = 16 * 1024;
    static final int DEFAULT_MAX_DEPTH = 3;
    static final long DEFAULT_BUDGET = 1000;
    static final long MAX_BUDGET = 100_000;

    private static final Set<String> START_FIELDS = Set.of("url", "maxDepth", "budget", "allowedHosts");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern STOP_PATH = Pattern.compile("/crawl/([^/]+)/stop");
    private static final String ROUTES = "POST /crawl, GET /crawl/stats and POST /crawl/{runId}/stop";

    private final RunLedger ledger;
    private final MessageSender sender;
    private final PageClaims pages;
    private final Clock clock;
    private final Supplier<String> newRunId;

    public CrawlApiHandler() {
        this(new DynamoDbRouterRuntime(AwsClients.dynamoDb(), Env.required("RUNTIME_TABLE"), Clock.systemUTC()),
                new KinesisMessageSender(AwsClients.kinesis(), Env.required("STREAM_NAME")),
                new PageClaims(AwsClients.dynamoDb(), Env.required("PAGES_TABLE"), Clock.systemUTC()),
                Clock.systemUTC(), CrawlApiHandler::randomRunId);
    }

    /** @param newRunId gives the id of each new run; ids must be unique and URL-safe */
    public CrawlApiHandler(RunLedger ledger, MessageSender sender, PageClaims pages, Clock clock, Supplier<String> newRunId) {
        this.ledger = ledger;
        this.sender = sender;
        this.pages = pages;
        this.clock = clock;
        this.newRunId = newRunId;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String method = event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
        String path = withoutTrailingSlash(event.getPath() == null ? "" : event.getPath());
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        Matcher stop = STOP_PATH.matcher(path);
        try {
            if (path.equals("/crawl")) {
                return method.equals("POST") ? start(body(event)) : notAllowed(method, path, "POST");
            }
            if (path.equals("/crawl/stats")) {
                return method.equals("GET") ? stats(query.get("run")) : notAllowed(method, path, "GET");
            }
            if (stop.matches()) {
                return method.equals("POST") ? stop(stop.group(1)) : notAllowed(method, path, "POST");
            }
            return error(404, "no route " + method + " " + path + ": the crawl API has " + ROUTES);
        } catch (RequestProblem problem) {
            return error(problem.status, problem.getMessage());
        }
    }

    private APIGatewayProxyResponseEvent start(String body) {
        StartRequest request = StartRequest.parse(body);
        String runId = newRunId.get();
        ledger.startRun(runId, request.budget());
        // The run's first message; the router derives every later message's id from it.
        Envelope envelope = Envelope.root(runId + "-start", runId, clock.instant());
        try {
            sender.send(PageUrl.TYPE, envelope, new PageUrl(request.url(), 0, request.scope()));
        } catch (MessagesNotSentException refused) {
            // The run exists but will never get a message: stop it, so that its stats say what happened,
            // and tell the caller to try again (503) instead of answering as if the crawl had started.
            ledger.terminate(runId, "the first message could not be sent: " + refused.getMessage());
            throw new RequestProblem(503, "the stream did not take the crawl's first message ("
                    + refused.getMessage() + "); run " + runId + " was stopped: try again");
        }

        JsonObject json = new JsonObject();
        json.addProperty("runId", runId);
        json.addProperty("url", request.url());
        json.addProperty("maxDepth", request.scope().maxDepth());
        json.addProperty("budget", request.budget());
        JsonArray hosts = new JsonArray();
        request.scope().allowedHosts().forEach(hosts::add);
        json.add("allowedHosts", hosts);
        json.addProperty("stats", "/crawl/stats?run=" + runId);
        return response(202, json);
    }

    private APIGatewayProxyResponseEvent stats(String requestedRun) {
        String runId;
        if (requestedRun == null) {
            Optional<String> latest = ledger.latestRunId();
            if (latest.isEmpty()) {
                return error(404, "no crawl has been started yet: start one with POST /crawl");
            }
            runId = latest.get();
        } else {
            runId = validRunId(requestedRun);
        }
        Optional<RunStats> found = ledger.stats(runId);
        if (found.isEmpty()) {
            return error(404, "no crawl run '" + runId + "'");
        }
        RunStats stats = found.get();
        JsonObject json = new JsonObject();
        json.addProperty("runId", stats.runId());
        json.addProperty("budget", stats.budget());
        json.addProperty("startedAt", stats.startedAt().toString());
        json.addProperty("terminated", stats.terminated()); // null while the run runs
        json.addProperty("admitted", stats.admitted());
        json.addProperty("dropped", stats.dropped());
        JsonObject types = new JsonObject();
        new TreeMap<>(stats.byType()).forEach((type, counters) -> {
            JsonObject typeJson = new JsonObject();
            typeJson.addProperty("received", counters.received());
            typeJson.addProperty("handled", counters.handled());
            typeJson.addProperty("failed", counters.failed());
            typeJson.addProperty("emitted", counters.emitted());
            typeJson.addProperty("dropped", counters.dropped());
            types.add(type, typeJson);
        });
        json.add("types", types);
        JsonObject pageCounts = new JsonObject();
        pages.countsByStatus(runId).forEach(pageCounts::addProperty);
        json.add("pages", pageCounts);
        return response(200, json);
    }

    private APIGatewayProxyResponseEvent stop(String requestedRun) {
        String runId = validRunId(requestedRun);
        if (ledger.stats(runId).isEmpty()) {
            return error(404, "no crawl run '" + runId + "'");
        }
        ledger.terminate(runId, "operator");
        JsonObject json = new JsonObject();
        json.addProperty("runId", runId);
        json.addProperty("terminated", "operator");
        return response(200, json);
    }

    /** The request's body as text, at most {@value #MAX_BODY_BYTES} bytes. */
    private static String body(APIGatewayProxyRequestEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        try {
            bytes = Boolean.TRUE.equals(event.getIsBase64Encoded())
                    ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new RequestProblem(400, "the body is marked base64-encoded but is not base64");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new RequestProblem(413, "the body has " + bytes.length + " bytes, more than the " + MAX_BODY_BYTES + " a crawl request may have");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String validRunId(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new RequestProblem(400, "'" + runId + "' is not a run id: run ids are letters, digits, - and _ (as POST /crawl returns them)");
        }
        return runId;
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code crawl-} and 12 hex digits: unique enough for the runs of one table, short enough to type. */
    static String randomRunId() {
        return "crawl-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static APIGatewayProxyResponseEvent notAllowed(String method, String path, String allowed) {
        APIGatewayProxyResponseEvent response = error(405, method + " " + path + " is not allowed: use " + allowed + " " + path);
        response.getHeaders().put("Allow", allowed);
        return response;
    }

    private static APIGatewayProxyResponseEvent error(int status, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("error", message);
        return response(status, json);
    }

    private static APIGatewayProxyResponseEvent response(int status, JsonObject body) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", "application/json");
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body.toString());
    }

    /** The body of {@code POST /crawl}, checked: its URL in canonical form, its scope and budget. */
    record StartRequest(String url, CrawlScope scope, long budget) {

        static StartRequest parse(String body) {
            JsonObject json = object(body);
            List<String> unknown = new ArrayList<>(json.keySet());
            unknown.removeAll(START_FIELDS);
            if (!unknown.isEmpty()) {
                throw badRequest("unknown field " + unknown + ": a crawl request has url, maxDepth, budget and allowedHosts");
            }
            String written = string(json, "url");
            String url = UrlNormalizer.normalize(written).orElseThrow(() -> badRequest(
                    "url must be an absolute http or https URL with a host and no user info,"
                            + " e.g. http://127.0.0.1:3000/sample/crawl/, not '" + written + "'"));
            int maxDepth = (int) wholeNumber(json, "maxDepth", 0, CrawlScope.MAX_DEPTH, DEFAULT_MAX_DEPTH);
            long budget = wholeNumber(json, "budget", 1, MAX_BUDGET, DEFAULT_BUDGET);
            List<String> hosts = present(json, "allowedHosts") ? hosts(json.get("allowedHosts")) : List.of(hostOf(url));
            CrawlScope scope;
            try {
                scope = new CrawlScope(hosts, maxDepth);
            } catch (IllegalArgumentException invalid) {
                throw badRequest("allowedHosts: " + invalid.getMessage());
            }
            if (!scope.allows(url)) {
                throw badRequest("the url's host " + hostOf(url) + " is not one of allowedHosts " + scope.allowedHosts()
                        + ": the crawl could not fetch its own start page");
            }
            return new StartRequest(url, scope, budget);
        }

        private static JsonObject object(String body) {
            if (body.isBlank()) {
                throw badRequest("the body must be JSON, e.g. {\"url\":\"http://127.0.0.1:3000/sample/crawl/\"}");
            }
            JsonElement json;
            try {
                json = JsonParser.parseString(body);
            } catch (JsonParseException notJson) {
                throw badRequest("the body is not JSON: " + notJson.getMessage());
            }
            if (!json.isJsonObject()) {
                throw badRequest("the body must be a JSON object, e.g. {\"url\":\"http://127.0.0.1:3000/sample/crawl/\"}");
            }
            return json.getAsJsonObject();
        }

        private static boolean present(JsonObject json, String field) {
            return json.has(field) && !json.get(field).isJsonNull();
        }

        private static String string(JsonObject json, String field) {
            if (!present(json, field)) {
                throw badRequest(field + " is required, e.g. {\"url\":\"http://127.0.0.1:3000/sample/crawl/\"}");
            }
            JsonElement value = json.get(field);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw badRequest(field + " must be a string, not " + value);
            }
            return value.getAsString();
        }

        private static long wholeNumber(JsonObject json, String field, long min, long max, long fallback) {
            if (!present(json, field)) {
                return fallback;
            }
            JsonElement value = json.get(field);
            String expected = field + " must be a whole number from " + min + " to " + max + ", not " + value;
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw badRequest(expected);
            }
            BigDecimal number;
            try {
                number = value.getAsBigDecimal();
            } catch (NumberFormatException notANumber) {
                throw badRequest(expected);
            }
            if (number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw badRequest(expected);
            }
            return number.longValueExact();
        }

        private static List<String> hosts(JsonElement value) {
            String expected = "allowedHosts must be a list of host names, e.g. [\"127.0.0.1\"], not " + value;
            if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
                throw badRequest(expected);
            }
            List<String> hosts = new ArrayList<>();
            for (JsonElement host : value.getAsJsonArray()) {
                if (!(host instanceof JsonPrimitive primitive) || !primitive.isString()) {
                    throw badRequest(expected);
                }
                hosts.add(primitive.getAsString());
            }
            return hosts;
        }

        private static String hostOf(String url) {
            return URI.create(url).getHost();
        }

        private static RequestProblem badRequest(String message) {
            return new RequestProblem(400, message);
        }
    }

    /** A request this API cannot answer as asked: the status, and a message saying what to change. */
    private static final class RequestProblem extends RuntimeException {

        private final int status;

        RequestProblem(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
