package workshop.cli;

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

/**
 * The running app as {@code ./workshop crawl} sees it, on one loopback port: the crawl API
 * ({@code /crawl...}) and the local cloud's admin endpoint ({@code /admin/...}). Each answer is set by
 * the test per request line ({@code "GET /crawl/stats?run=r1"}); every request is recorded, in order.
 * Unset request lines answer 404 {@code {"error":"no route"}}.
 */
final class FakeCrawlApp implements AutoCloseable {

    /** One request as the fake received it. */
    record Request(String method, String target, String contentType, String body) {

        String line() {
            return method + " " + target;
        }
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeCrawlApp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API's base URL, as {@code ./workshop up} records it. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String adminUrl() {
        return apiUrl() + "/admin";
    }

    /** Answers {@code requestLine} (method, path and query) with this status and JSON body. */
    FakeCrawlApp answer(String requestLine, int status, String body) {
        answers.put(requestLine, new Answer(status, body));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> requestLines() {
        return requests.stream().map(Request::line).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), target,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            requests.add(request);
            Answer answer = answers.getOrDefault(request.line(), new Answer(404, "{\"error\":\"no route\"}"));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
