package workshop.localcloud.admin;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local cloud's admin endpoint, on loopback only. The {@code ./workshop} commands and tests in
 * another process use it to look inside a running cloud:
 *
 * <pre>
 * GET  /admin/resources                  tables, streams, topics, queues, functions, routes
 * GET  /admin/tables/{name}/items?limit= items as plain JSON
 * GET  /admin/streams                    shard positions and mapping checkpoints
 * GET  /admin/logs/{function}?from=      log lines
 * POST /admin/schedules/{function}/fire  fire a function's schedules now
 * </pre>
 */
public final class AdminServer implements AutoCloseable {

    static final int DEFAULT_ITEM_LIMIT = 100;
    static final int MAX_ITEM_LIMIT = 10_000;
    static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 60;
    /** An idle wait holds one of the endpoint's two threads: bounded, so a forgotten one ends. */
    static final int MAX_IDLE_TIMEOUT_SECONDS = 300;

    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private final HttpServer server;
    private final ExecutorService executor;
    private final CloudView cloud;

    private AdminServer(HttpServer server, ExecutorService executor, CloudView cloud) {
        this.server = server;
        this.executor = executor;
        this.cloud = cloud;
    }

    /** Starts on 127.0.0.1 at {@code port} (0: any free port). */
    public static AdminServer start(CloudView cloud, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "admin-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        AdminServer admin = new AdminServer(server, executor, cloud);
        server.createContext("/admin/", admin::handle);
        server.setExecutor(executor);
        server.start();
        return admin;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/admin";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Object body = route(exchange.getRequestMethod(), exchange.getRequestURI());
                respond(exchange, 200, body);
            } catch (NoSuchElementException e) {
                respond(exchange, 404, Map.of("message", e.getMessage()));
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, Map.of("message", e.getMessage()));
            } catch (RuntimeException e) {
                respond(exchange, 500, Map.of("message", String.valueOf(e.getMessage())));
            }
        }
    }

    private Object route(String method, URI uri) {
        List<String> parts = List.of(uri.getPath().substring("/admin/".length()).split("/"));
        Map<String, String> query = queryOf(uri);
        if (method.equals("GET") && parts.equals(List.of("resources"))) {
            return cloud.resources();
        }
        if (method.equals("GET") && parts.size() == 3 && parts.get(0).equals("tables") && parts.get(2).equals("count")) {
            return Map.of("count", cloud.countItems(decode(parts.get(1))));
        }
        if (method.equals("POST") && parts.equals(List.of("idle"))) {
            int timeoutSeconds = intParameter(query, "timeoutSeconds", DEFAULT_IDLE_TIMEOUT_SECONDS);
            if (timeoutSeconds < 1 || timeoutSeconds > MAX_IDLE_TIMEOUT_SECONDS) {
                throw new IllegalArgumentException("timeoutSeconds must be between 1 and " + MAX_IDLE_TIMEOUT_SECONDS);
            }
            return Map.of("idle", awaitIdle(Duration.ofSeconds(timeoutSeconds)));
        }
        if (method.equals("GET") && parts.equals(List.of("streams"))) {
            return cloud.streamPositions();
        }
        if (method.equals("GET") && parts.size() == 3 && parts.get(0).equals("tables") && parts.get(2).equals("items")) {
            int limit = intParameter(query, "limit", DEFAULT_ITEM_LIMIT);
            if (limit < 1 || limit > MAX_ITEM_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_ITEM_LIMIT);
            }
            return cloud.tableItems(decode(parts.get(1)), limit);
        }
        if (method.equals("GET") && parts.size() == 2 && parts.get(0).equals("logs")) {
            return cloud.logs(decode(parts.get(1)), intParameter(query, "from", 0));
        }
        if (method.equals("POST") && parts.size() == 3 && parts.get(0).equals("schedules") && parts.get(2).equals("fire")) {
            return Map.of("fired", cloud.fireSchedules(decode(parts.get(1))));
        }
        throw new NoSuchElementException("no admin route " + method + " " + uri.getPath() + "; known: GET /admin/resources, "
                + "GET /admin/tables/{name}/items, GET /admin/tables/{name}/count, POST /admin/idle, GET /admin/streams, GET /admin/logs/{function}, "
                + "POST /admin/schedules/{function}/fire");
    }

    private boolean awaitIdle(Duration timeout) {
        try {
            return cloud.awaitIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int intParameter(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
