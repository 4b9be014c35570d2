package workshop.localcloud.samples;

import com.sun.net.httpserver.HttpServer;
import workshop.localcloud.http.LoopbackServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * The sample movie site on its own loopback server, for tests that need the site without a local
 * cloud (which serves it on its API port, under {@code /sample/}).
 *
 * <pre>{@code
 * try (SampleSiteServer site = new SampleSiteServer(0)) {
 *     scraper.scrape(site.moviesUrl());
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 only, and answers every path: the site's own, and a 404 page for others.
 */
public final class SampleSiteServer implements AutoCloseable {

    private final LoopbackServer loopback;
    private final HttpServer server;

    /**
     * Serves the {@linkplain SampleMovieSite#standard() standard site} on 127.0.0.1:{@code port}, at once.
     *
     * @param port the port to listen on; 0 picks any free port
     * @throws UncheckedIOException when the port cannot be bound (e.g. it is in use)
     */
    public SampleSiteServer(int port) {
        this(port, SampleMovieSite.standard());
    }

    /**
     * Serves {@code site} on 127.0.0.1:{@code port}, at once.
     *
     * @param port the port to listen on; 0 picks any free port
     * @throws UncheckedIOException when the port cannot be bound (e.g. it is in use)
     */
    public SampleSiteServer(int port, SampleMovieSite site) {
        loopback = new LoopbackServer(port, "sample-site");
        server = loopback.server();
        server.createContext("/", new SampleSiteHandler(site));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The bound address: always 127.0.0.1. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The listing's first page: the scraper's start URL. */
    public String moviesUrl() {
        return baseUrl() + SampleMovieSite.MOVIES_PATH;
    }

    /** Stops listening at once; requests still running see their connection close. */
    @Override
    public void close() {
        loopback.stop();
    }
}
