package workshop.bench.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One loopback HTTP endpoint (127.0.0.1, a free port) that stands in for every AWS service the
 * functions call, and for the web site the scraper reads. The child JVMs reach it through the SDK's
 * standard {@code AWS_ENDPOINT_URL_<SERVICE>} variables, so the SDK's whole request path runs:
 * signing, the protocol's marshalling, the HTTP client, the response's unmarshalling.
 *
 * <ul>
 *   <li>DynamoDB: {@link DynamoDbStub}; Kinesis: {@link KinesisStub}; SNS: {@link SnsStub}.</li>
 *   <li>{@code GET} {@value #MOVIES_PAGE}: a page of movies in the scraper's format ({@code movies.html}).</li>
 *   <li>Anything else: HTTP 400 with an AWS-style error ({@code UnknownOperationException},
 *       {@code InvalidAction}), so a call the stub lacks fails loudly in the function instead of passing.</li>
 * </ul>
 *
 * Each call is recorded ({@link #calls()}), e.g. {@code DynamoDB.TransactWriteItems}.
 */
public final class AwsStub implements AutoCloseable {

    public static final String MOVIES_PAGE = "/movies";

    private final HttpServer server;
    private final byte[] moviesPage;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private AwsStub(HttpServer server, byte[] moviesPage) {
        this.server = server;
        this.moviesPage = moviesPage;
    }

    public static AwsStub start() throws IOException {
        byte[] page;
        try (InputStream html = AwsStub.class.getResourceAsStream("/workshop/bench/movies.html")) {
            page = html.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AwsStub stub = new AwsStub(server, page);
        server.createContext("/", stub::handle);
        server.start();
        return stub;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The calls answered so far, in order, e.g. {@code [SNS.Publish, GET /movies]}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void clearCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            StubResponse response;
            try {
                response = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestBody().readAllBytes());
            } catch (RuntimeException e) {
                calls.add("failed: " + e);
                response = StubResponse.of(500, "text/plain", "the stub failed: " + e);
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            if (response.body().length == 0) {
                exchange.sendResponseHeaders(response.status(), -1);
            } else {
                exchange.sendResponseHeaders(response.status(), response.body().length);
                exchange.getResponseBody().write(response.body());
            }
        }
    }

    private StubResponse answer(String method, String path, String target, String contentType, byte[] body) {
        if (method.equals("GET")) {
            if (path.equals(MOVIES_PAGE)) {
                return recorded("GET " + path, new StubResponse(200, "text/html; charset=utf-8", Map.of(), moviesPage));
            }
            return recorded("GET " + path + " (not found)", StubResponse.of(404, "text/plain", "no page at " + path));
        }
        if (target != null && target.startsWith(DynamoDbStub.TARGET_PREFIX)) {
            String operation = target.substring(DynamoDbStub.TARGET_PREFIX.length());
            StubResponse answer = DynamoDbStub.answer(operation, body);
            return answer != null ? recorded("DynamoDB." + operation, answer)
                    : unknown("DynamoDB." + operation, StubResponse.jsonError(DynamoDbStub.CONTENT_TYPE,
                            "UnknownOperationException", "the stub does not answer DynamoDB " + operation));
        }
        if (target != null && target.startsWith(KinesisStub.TARGET_PREFIX)) {
            String operation = target.substring(KinesisStub.TARGET_PREFIX.length());
            StubResponse answer = KinesisStub.answer(operation, contentType, body);
            return answer != null ? recorded("Kinesis." + operation, answer)
                    : unknown("Kinesis." + operation, KinesisStub.error(contentType, "UnknownOperationException",
                            "the stub does not answer Kinesis " + operation));
        }
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = form(body);
            StubResponse answer = SnsStub.answer(form);
            return answer != null ? recorded("SNS." + form.get("Action"), answer)
                    : unknown("SNS." + form.get("Action"), SnsStub.error("InvalidAction",
                            "the stub does not answer the action " + form.get("Action")));
        }
        return unknown(method + " " + path, StubResponse.jsonError("application/json", "UnknownOperationException",
                "the stub does not know this request: " + method + " " + path + ", X-Amz-Target " + target));
    }

    private StubResponse recorded(String call, StubResponse response) {
        calls.add(call);
        return response;
    }

    private StubResponse unknown(String call, StubResponse error) {
        calls.add(call + " (unknown: answered 400)");
        return error;
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(decode(name), decode(value));
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
