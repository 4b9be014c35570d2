package workshop.localcloud.http;

import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as received, before any payload format shapes it: what both event builders start
 * from, independent of the HTTP server that received it.
 *
 * @param method     as sent, e.g. {@code GET}
 * @param rawPath    not decoded, e.g. {@code /movies/The%20Matrix}
 * @param rawQuery   not decoded, without {@code ?}; empty when there is none
 * @param headers    by lower-case name, each with its values in the order they were sent
 * @param body       the bytes as sent; empty when there is none
 * @param sourceIp   the client's address (always a loopback address here)
 * @param protocol   e.g. {@code HTTP/1.1}
 * @param requestId  the id API Gateway gives the request: in the event and in the response headers
 * @param receivedAt when the gateway received it
 */
record IncomingRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String sourceIp,
        String protocol,
        String requestId,
        Instant receivedAt) {

    /** API Gateway's {@code requestTime} format: {@code 04/Mar/2020:19:15:17 +0000}. */
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    static IncomingRequest from(HttpExchange exchange, byte[] body, String requestId, Instant receivedAt) {
        // The JDK server keeps header names in its own case ("X-custom-header"); lower-casing them all
        // gives each payload format one clean starting point.
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values));
        headers.replaceAll((name, values) -> List.copyOf(values));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new IncomingRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery,
                headers,
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getProtocol(),
                requestId,
                receivedAt);
    }

    /** The first value of a header, looked up case-insensitively. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@code receivedAt} in API Gateway's {@code requestTime} format. */
    String requestTime() {
        return REQUEST_TIME.format(receivedAt);
    }
}
