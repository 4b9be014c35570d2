package workshop.localcloud.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Serves the {@link SampleMovieSite} over HTTP: GET and HEAD, every page as
 * {@code text/html; charset=utf-8}, 404 for a path the site does not have, 405 (with {@code Allow})
 * for another method on one it has. Used by {@link SampleSiteServer} and mounted under
 * {@code /sample/} by the local cloud's API Gateway.
 */
public final class SampleSiteHandler implements HttpHandler {

    static final String CONTENT_TYPE = "text/html; charset=utf-8";
    static final String ALLOWED_METHODS = "GET, HEAD";

    private static final System.Logger LOG = System.getLogger(SampleSiteHandler.class.getName());

    private final SampleMovieSite site;

    public SampleSiteHandler(SampleMovieSite site) {
        this.site = site;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
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
            send(exchange, page, method.equals("HEAD"));
        }
    }

    private static void send(HttpExchange exchange, SamplePage page, boolean headOnly) throws IOException {
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        if (headOnly) {
            exchange.sendResponseHeaders(page.status(), -1); // -1: no body follows
            return;
        }
        exchange.sendResponseHeaders(page.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
