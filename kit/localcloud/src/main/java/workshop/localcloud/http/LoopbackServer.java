package workshop.localcloud.http;

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
 * An HTTP server of the local cloud: bound to 127.0.0.1 only (nothing here is for the network), served
 * by daemon threads (an open connection must not keep the JVM alive). Not started: the caller adds its
 * contexts, then starts it; {@link #stop} frees the port and the threads.
 */
public final class LoopbackServer {

    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // The JDK's server leaves Nagle's algorithm on: a small answer on a kept-alive connection then
        // waits for the client's delayed ACK, about 40 ms a request on Linux. A crawler making hundreds of
        // requests to the sample site would measure that wait, not itself. The property is read once, when
        // the first server of the JVM is created; a value set by the user (-D) is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * @param port    the port to listen on; 0 picks any free port
     * @param purpose what it serves, for the error message and the threads' names (e.g. "sample-site")
     * @throws UncheckedIOException when the port cannot be bound (e.g. it is in use)
     */
    public LoopbackServer(int port, String purpose) {
        try {
            server = HttpServer.create(new InetSocketAddress(loopbackIpv4(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " for the " + purpose + ": "
                    + e.getMessage(), e);
        }
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, purpose + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    public HttpServer server() {
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** 127.0.0.1, never ::1 (which {@code getLoopbackAddress()} may give): the URLs handed out must work. */
    private static InetAddress loopbackIpv4() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) { // only thrown for an address of the wrong length
            throw new AssertionError(impossible);
        }
    }
}
