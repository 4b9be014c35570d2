package workshop.movies;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site for the tests, on the loopback interface only (127.0.0.1, a free port): pages by path,
 * with the status, content type and body a test gives, and a count of the requests per path.
 * Close it in {@code @AfterEach}: that also releases requests held by {@link #hang}.
 */
final class FixtureSite implements AutoCloseable {

    private record Answer(int status, String contentType, byte[] body, String location, boolean hang) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        // Several threads: a request held by hang() must not block the others.
        server.setExecutor(executor);
        server.start();
    }

    static FixtureSite start() {
        try {
            return new FixtureSite();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fixture site", e);
        }
    }

    /** The absolute URL of {@code path} (which starts with {@code /}) on this site. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    FixtureSite page(String path, String html) {
        return respond(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    FixtureSite respond(String path, int status, String contentType, byte[] body) {
        answers.put(path, new Answer(status, contentType, body, null, false));
        return this;
    }

    FixtureSite redirect(String path, String location) {
        answers.put(path, new Answer(302, null, new byte[0], location, false));
        return this;
    }

    /** {@code path} answers only when the site is closed: longer than any timeout a test configures. */
    FixtureSite hang(String path) {
        answers.put(path, new Answer(200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8), null, true));
        return this;
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        hits.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.getOrDefault(key, new Answer(404, "text/html; charset=utf-8",
                "<html><body><h1>Not Found</h1><p>No page at this address.</p></body></html>".getBytes(StandardCharsets.UTF_8),
                null, false));
        try (exchange) {
            if (answer.hang()) {
                release.await(30, TimeUnit.SECONDS);
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client gave up (a timeout test): nothing to answer to.
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
