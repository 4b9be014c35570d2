package workshop.localcloud.samples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;

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
        try {
            server = HttpServer.create(new InetSocketAddress(loopbackIpv4(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " for the sample site: "
                    + e.getMessage(), e);
        }
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sample-site-" + THREADS.incrementAndGet());
            thread.setDaemon(true); // an open connection must not keep the JVM alive
            return thread;
        });
        server.setExecutor(executor);
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
        server.stop(0);
        executor.shutdownNow();
    }

    /** 127.0.0.1, never ::1 (which {@code getLoopbackAddress()} may give): the URLs we hand out must work. */
    private static InetAddress loopbackIpv4() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) { // only thrown for an address of the wrong length
            throw new AssertionError(impossible);
        }
    }
}
