package workshop.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site for one test: answers set per path, served on 127.0.0.1 on a free port, every request
 * logged. {@link #close()} it after the test.
 */
final class LoopbackSite implements AutoCloseable {

    /** What a path answers. */
    private record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    /** One request as the server saw it. */
    record Request(String path, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseStalled = new CountDownLatch(1);

    private LoopbackSite(HttpServer server) {
        this.server = server;
    }

    static LoopbackSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackSite site = new LoopbackSite(server);
        server.createContext("/", site::serve);
        server.setExecutor(site.threads); // a stalled answer must not hold up the others
        server.start();
        return site;
    }

    /** {@code http://127.0.0.1:<port><path>} */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The same path under the host name {@code localhost}: the same server, another host for the crawler. */
    String urlOnLocalhost(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    LoopbackSite page(String path, String html) {
        return answer(path, 200, "text/html; charset=utf-8", html);
    }

    LoopbackSite answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of()));
        return this;
    }

    LoopbackSite redirect(String path, String location) {
        answers.put(path, new Answer(302, "text/plain", new byte[0], Map.of("Location", location)));
        return this;
    }

    /** The path never answers, until the site is closed. */
    LoopbackSite stall(String path) {
        answers.put(path, new Answer(-1, "", new byte[0], Map.of()));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> requestedPaths() {
        return requests.stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        releaseStalled.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent")));
        Answer answer = answers.getOrDefault(path, new Answer(404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8), Map.of()));
        try (exchange) {
            if (answer.status() == -1) {
                releaseStalled.await();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
