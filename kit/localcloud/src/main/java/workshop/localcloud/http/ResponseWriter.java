package workshop.localcloud.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;

/** Sends a {@link GatewayResponse} over the HTTP exchange, with API Gateway's request id headers. */
final class ResponseWriter {

    /**
     * Framing headers belong to the connection, not to the function: the HTTP server computes them
     * (API Gateway, similarly, renames a function's {@code Content-Length} rather than trusting it).
     */
    private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding", "connection");

    private ResponseWriter() {
    }

    /**
     * @param requestId the request's id: REST and HTTP APIs both send it as {@code x-amzn-RequestId};
     *                  HTTP APIs also as {@code apigw-requestid}
     */
    static void write(HttpExchange exchange, GatewayResponse response, String requestId, ApiKind api) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach((name, values) -> {
            if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(name, value));
            }
        });
        headers.set("x-amzn-RequestId", requestId);
        if (api == ApiKind.HTTP_API) {
            headers.set("apigw-requestid", requestId);
        }

        boolean mayHaveBody = !exchange.getRequestMethod().equals("HEAD")
                && response.status() != 204 && response.status() != 304;
        byte[] body = mayHaveBody ? response.body() : new byte[0];
        // For the JDK server, -1 means "no body" and 0 would mean "chunked, length unknown".
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
