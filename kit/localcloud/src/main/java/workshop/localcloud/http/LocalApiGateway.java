package workshop.localcloud.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import workshop.localcloud.config.EventDefinition;
import workshop.localcloud.config.Location;
import workshop.localcloud.functions.LambdaFunction;
import workshop.localcloud.samples.CrawlRequestLog;
import workshop.localcloud.samples.SampleCrawlSite;
import workshop.localcloud.samples.SampleMovieSite;
import workshop.localcloud.samples.SampleSiteHandler;

/**
 * The {@code http} and {@code httpApi} event sources of the local cloud: a loopback HTTP server that
 * behaves like Amazon API Gateway's Lambda proxy integrations. It matches a request to a route,
 * builds the event API Gateway would build (payload format 1.0 or 2.0), invokes the function, and
 * turns its result into the HTTP response as API Gateway does.
 *
 * <p>Where routes answer:
 * <ul>
 *   <li>REST API ({@code http}) routes at {@code /<stage>/movies/42}, like their real invoke URL and
 *       serverless-offline, <em>and</em> at {@code /movies/42}, the short form the CLI prints. Both
 *       give the function the same event (its {@code requestContext.path} includes the stage).</li>
 *   <li>HTTP API ({@code httpApi}) routes at {@code /movies/42}: the Serverless Framework deploys them
 *       on the {@code $default} stage, whose URLs have no prefix.</li>
 *   <li>Under {@code /sample/}, no route: the gateway serves the {@linkplain SampleMovieSite sample
 *       movie site} there, the scraper's default page ({@code /sample/movies}), and the
 *       {@linkplain SampleCrawlSite sample crawl site} under {@code /sample/crawl/}. Routes under
 *       {@code /sample} are refused rather than silently hidden.</li>
 *   <li>At {@code /robots.txt}, no route either: robots.txt lives at the root of a host, so the
 *       gateway answers it with the crawl site's rules. A route with that path is refused too.</li>
 * </ul>
 *
 * <p>Typical use:
 * <pre>{@code
 * try (var gateway = new LocalApiGateway(3000)) {
 *     gateway.addRoute(httpEvent, "dev", function);
 *     gateway.start();
 *     gateway.routes().forEach(route -> System.out.println(route.method() + " " + route.url()));
 *     ...
 * }
 * }</pre>
 *
 * <p>The server listens on 127.0.0.1 only: a workshop laptop's functions are not for the café's
 * network. Requests are served concurrently, each on its own thread, as concurrent Lambda
 * invocations would be. See the package documentation for what differs from API Gateway.
 */
public final class LocalApiGateway implements AutoCloseable {

    /** The account id in every event's {@code requestContext}. */
    public static final String ACCOUNT_ID = "000000000000";

    private static final Set<String> REST_API_METHODS =
            Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", Route.ANY);

    /** The sample site's part of the URL space: its first segment. */
    private static final String SAMPLE_SITE_SEGMENT = "/sample";

    /** The crawl site's rules, at the root of the host where crawlers look for them. */
    private static final String ROBOTS_PATH = SampleCrawlSite.ROBOTS_PATH;

    /** Stage names are part of the URL, so API Gateway allows only these characters. */
    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final LoopbackServer loopback;
    private final HttpServer server;
    private boolean started;
    private final RouteTable routes = new RouteTable();
    private final SampleSiteHandler sampleSites;

    /**
     * Binds 127.0.0.1 on {@code port} right away, so {@link #port()} and {@link #routes()} know their
     * address before {@link #start()}.
     *
     * @param port the port to listen on; 0 picks any free port
     * @throws UncheckedIOException when the port cannot be bound (e.g. it is in use)
     */
    public LocalApiGateway(int port) {
        loopback = new LoopbackServer(port, "local-api-gateway");
        server = loopback.server();
        HttpHandler routeHandler = new ApiGatewayHandler(routes);
        sampleSites = new SampleSiteHandler(SampleMovieSite.standard(), SampleCrawlSite.standard(), new CrawlRequestLog());
        server.createContext("/", routeHandler);
        // The JDK server gives a request to the context with the longest matching prefix, so the
        // routes never see /sample/...: they need no exception for it.
        server.createContext(SampleMovieSite.ROOT_PATH, sampleSites);
        // A prefix, as every context: /robots.txt.bak or /robots.txt/x are still the routes' to answer.
        server.createContext(ROBOTS_PATH, exchange ->
                (exchange.getRequestURI().getRawPath().equals(ROBOTS_PATH) ? sampleSites : routeHandler).handle(exchange));
    }

    /**
     * Adds a REST API route: {@code - http: GET /movies/{id}}.
     *
     * @param stage the deployment stage, e.g. {@code dev}: routes also answer under {@code /dev/...}
     * @throws IllegalArgumentException when the route is invalid, duplicates another, or the function's
     *                                  handler cannot take a payload 1.0 event
     */
    public void addRoute(EventDefinition.Http http, String stage, LambdaFunction function) {
        String method = http.method().toUpperCase(Locale.ROOT);
        String described = "http route " + method + " " + http.path() + at(http.location());
        if (!REST_API_METHODS.contains(method)) {
            throw invalid(function, described, "method must be one of " + REST_API_METHODS);
        }
        if (stage == null || !STAGE_NAME.matcher(stage).matches()) {
            throw invalid(function, described, "stage '" + stage + "' must be letters, digits, '-' or '_'");
        }
        PathTemplate path = parse(http.path(), function, described);
        EventDelivery delivery = EventDelivery.choose(function, ApiKind.REST_API, PayloadFormat.V1_0, described);
        routes.add(new Route(ApiKind.REST_API, method, path, PayloadFormat.V1_0, stage, function, delivery,
                http.location()));
    }

    /**
     * Adds an HTTP API route: {@code - httpApi: 'GET /movies/{id}'}, or {@code - httpApi: '*'} for the
     * {@code $default} route that takes every request no other route takes.
     *
     * @throws IllegalArgumentException when the route is invalid, duplicates another, or the function's
     *                                  handler cannot take the route's payload format
     */
    public void addRoute(EventDefinition.HttpApi httpApi, LambdaFunction function) {
        String method = httpApi.method().equals("*") ? Route.ANY : httpApi.method().toUpperCase(Locale.ROOT);
        String described = "httpApi route " + method + " " + httpApi.path() + at(httpApi.location());
        PayloadFormat format;
        try {
            format = PayloadFormat.of(httpApi.payloadFormat() == null ? "2.0" : httpApi.payloadFormat());
        } catch (IllegalArgumentException unknown) {
            throw invalid(function, described, unknown.getMessage());
        }
        PathTemplate path;
        if (httpApi.path().equals("*")) {
            if (!method.equals(Route.ANY)) {
                throw invalid(function, described, "the catch-all path '*' takes every method: write httpApi: '*'");
            }
            path = PathTemplate.catchAll();
        } else {
            path = parse(httpApi.path(), function, described);
        }
        EventDelivery delivery = EventDelivery.choose(function, ApiKind.HTTP_API, format, described);
        routes.add(new Route(ApiKind.HTTP_API, method, path, format, Route.DEFAULT_STAGE, function, delivery,
                httpApi.location()));
    }

    /**
     * Adds the route of an {@code http} or {@code httpApi} event, whichever {@code event} is.
     *
     * @param stage used by REST API routes only; HTTP API routes are on the {@code $default} stage
     * @throws IllegalArgumentException for other kinds of event, and as the two other addRoute methods
     */
    public void addRoute(EventDefinition event, String stage, LambdaFunction function) {
        if (event instanceof EventDefinition.Http http) {
            addRoute(http, stage, function);
        } else if (event instanceof EventDefinition.HttpApi httpApi) {
            addRoute(httpApi, function);
        } else {
            throw new IllegalArgumentException("the local API Gateway serves http and httpApi events, not "
                    + event.getClass().getSimpleName() + at(event.location()) + " of function '" + function.name() + "'");
        }
    }

    /** Starts answering requests. Routes may be added before or after. */
    public synchronized void start() {
        server.start();
        started = true;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The bound address: always 127.0.0.1. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** E.g. {@code http://127.0.0.1:3000}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /** The sample movie site's first page, e.g. {@code http://127.0.0.1:3000/sample/movies}. */
    public String sampleMoviesUrl() {
        return baseUrl() + SampleMovieSite.MOVIES_PATH;
    }

    /** The sample crawl site's start page, e.g. {@code http://127.0.0.1:3000/sample/crawl/}. */
    public String sampleCrawlUrl() {
        return baseUrl() + SampleCrawlSite.ROOT_PATH;
    }

    /**
     * The requests the sample crawl site (robots.txt included) has answered on this gateway, with the
     * {@code Host} each named: to check that a crawler fetched each page once and never left its host.
     */
    public CrawlRequestLog sampleCrawlRequests() {
        return sampleSites.crawlRequests();
    }

    /** Every route, in the order added, with the URLs to call it. */
    public List<RouteInfo> routes() {
        return routes.routes().stream().map(this::describe).toList();
    }

    private RouteInfo describe(Route route) {
        String path = route.path().isCatchAll() ? "/" : route.path().toString();
        String stageUrl = route.api() == ApiKind.REST_API ? baseUrl() + "/" + route.stage() + path : null;
        return new RouteInfo(route.api().eventName(), route.method(), route.path().toString(), route.routeKey(),
                route.function().name(), route.payloadFormat().version(), baseUrl() + path, stageUrl);
    }

    /**
     * Stops at once: stops listening, and interrupts requests still running (their clients see the
     * connection close).
     */
    @Override
    public synchronized void close() {
        if (!started) {
            // The JDK server releases its socket from its dispatcher thread: a server that never
            // started would keep the port bound after stop(). Starting it first lets stop() free it,
            // so an app refused at start-up can be fixed and started again on the same port.
            server.start();
        }
        loopback.stop();
    }

    private static PathTemplate parse(String path, LambdaFunction function, String described) {
        if (isSampleSitePath(path)) {
            throw invalid(function, described, "paths under " + SAMPLE_SITE_SEGMENT + " belong to the local cloud's "
                    + "sample movie site, which answers them before any route; choose another path");
        }
        if (ROBOTS_PATH.equals(path) || (ROBOTS_PATH + "/").equals(path)) {
            throw invalid(function, described, ROBOTS_PATH + " belongs to the local cloud's sample crawl site, "
                    + "whose robots.txt answers it before any route; choose another path");
        }
        try {
            return PathTemplate.parse(path);
        } catch (IllegalArgumentException invalidPath) {
            throw invalid(function, described, invalidPath.getMessage());
        }
    }

    /**
     * A route here would be hidden by the sample site, wholly ({@code /sample/movies}) or in part
     * ({@code /sample} answers, {@code /sample/} does not): refusing it says so at start-up.
     */
    private static boolean isSampleSitePath(String path) {
        return path != null && (path.equals(SAMPLE_SITE_SEGMENT) || path.startsWith(SAMPLE_SITE_SEGMENT + "/"));
    }

    private static IllegalArgumentException invalid(LambdaFunction function, String described, String reason) {
        return new IllegalArgumentException("Function '" + function.name() + "', " + described + ": " + reason);
    }

    private static String at(Location location) {
        return location == null ? "" : " (" + location + ")";
    }
}
