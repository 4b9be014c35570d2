package workshop.localcloud.samples;

import com.sun.net.httpserver.HttpServer;
import workshop.localcloud.http.LoopbackServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * The sample sites on their own loopback server, for tests that need them without a local cloud
 * (which serves them on its API port, under {@code /sample/} and at {@code /robots.txt}): the movie
 * site, and the {@linkplain SampleCrawlSite crawl site} with its robots.txt and its request log.
 *
 * <pre>{@code
 * try (SampleSiteServer site = new SampleSiteServer(0)) {
 *     scraper.scrape(site.moviesUrl());
 *     crawler.crawl(site.crawlUrl());
 *     site.crawlRequests().snapshot();
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 only, and answers every path: the sites' own, and a 404 page for others.
 */
public final class SampleSiteServer implements AutoCloseable {

    private final LoopbackServer loopback;
    private final HttpServer server;
    private final SampleSiteHandler handler;

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
        handler = new SampleSiteHandler(site);
        server.createContext("/", handler);
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

    /** The crawl site's home page, the crawler's start URL: {@code http://127.0.0.1:41234/sample/crawl/}. */
    public String crawlUrl() {
        return baseUrl() + SampleCrawlSite.ROOT_PATH;
    }

    /** The requests the crawl site (robots.txt included) has answered, as a test reads them. */
    public CrawlRequestLog crawlRequests() {
        return handler.crawlRequests();
    }

    /** Stops listening at once; requests still running see their connection close. */
    @Override
    public void close() {
        loopback.stop();
    }
}
