package workshop.localcloud.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Serves the sample sites over HTTP: the {@link SampleCrawlSite} under {@code /sample/crawl/} and at
 * {@code /robots.txt}, the {@link SampleMovieSite} everywhere else. GET and HEAD; 404 for a path a
 * site does not have, 405 (with {@code Allow}) for another method on one it has. Every request the
 * crawl site answers goes into its {@link CrawlRequestLog} first. Used by {@link SampleSiteServer},
 * and mounted by the local cloud's API Gateway under {@code /sample/} and at {@code /robots.txt}.
 */
public final class SampleSiteHandler implements HttpHandler {

    static final String CONTENT_TYPE = "text/html; charset=utf-8";
    static final String ALLOWED_METHODS = "GET, HEAD";

    private static final System.Logger LOG = System.getLogger(SampleSiteHandler.class.getName());

    private final SampleMovieSite site;
    private final SampleCrawlSite crawlSite;
    private final CrawlRequestLog crawlRequests;

    /** The movie site {@code site}, and the standard crawl site with a log of its own. */
    public SampleSiteHandler(SampleMovieSite site) {
        this(site, SampleCrawlSite.standard(), new CrawlRequestLog());
    }

    /** Both sites; the crawl site's requests go to {@code crawlRequests}. */
    public SampleSiteHandler(SampleMovieSite site, SampleCrawlSite crawlSite, CrawlRequestLog crawlRequests) {
        this.site = site;
        this.crawlSite = crawlSite;
        this.crawlRequests = crawlRequests;
    }

    /** The requests the crawl site has answered. */
    public CrawlRequestLog crawlRequests() {
        return crawlRequests;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (SampleCrawlSite.serves(exchange.getRequestURI().getRawPath())) {
                handleCrawlSite(exchange);
            } else {
                handleMovieSite(exchange);
            }
        }
    }

    private void handleMovieSite(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        SamplePage page;
        try {
            page = site.page(uri.getRawPath(), uri.getRawQuery());
        } catch (RuntimeException bug) {
            // A bug in the site must still answer: a scraper left hanging until its timeout teaches nothing.
            LOG.log(Level.ERROR, "the sample site failed on " + uri, bug);
            page = new SamplePage(500, "<!DOCTYPE html><title>Error</title><h1>Internal error</h1>");
        }
        boolean readsOnly = method.equals("GET") || method.equals("HEAD");
        if (!readsOnly && page.status() != 404) {
            page = site.methodNotAllowed(method);
            exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
        }
        send(exchange, page.status(), CONTENT_TYPE, page.html().getBytes(StandardCharsets.UTF_8), method.equals("HEAD"));
    }

    private void handleCrawlSite(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        // Logged before answering: once a crawler has its response, a test reading the log sees the request.
        crawlRequests.record(new CrawlRequest(method, hostHeader,
                uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery()));
        // HTTP/1.0 clients may send no Host: links then name the address the request came to.
        String host = hostHeader != null ? hostHeader : "127.0.0.1:" + exchange.getLocalAddress().getPort();
        CrawlSiteResponse response;
        try {
            response = crawlSite.respond(host, uri.getRawPath());
        } catch (RuntimeException bug) {
            LOG.log(Level.ERROR, "the sample crawl site failed on " + uri, bug);
            response = new CrawlSiteResponse(500, CONTENT_TYPE,
                    "<!DOCTYPE html><title>Error</title><h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8));
        }
        boolean readsOnly = method.equals("GET") || method.equals("HEAD");
        if (!readsOnly && response.status() != 404) {
            response = crawlSite.methodNotAllowed(method, host);
            exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
        }
        send(exchange, response.status(), response.contentType(), response.body(), method.equals("HEAD"));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean headOnly)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (headOnly) {
            exchange.sendResponseHeaders(status, -1); // -1: no body follows
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
