package workshop.localcloud.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP response the gateway sends: from the function's result, or one of API Gateway's own
 * error answers.
 *
 * @param status  the HTTP status code
 * @param headers each name with its values; a name with several values is sent as several lines
 * @param body    the bytes to send; empty for no body
 */
record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** A JSON response, as API Gateway's own answers are. */
    static GatewayResponse json(int status, Object body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        return new GatewayResponse(status, headers, Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    GatewayResponse withHeader(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(headers);
        more.put(name, List.of(value));
        return new GatewayResponse(status, more, body);
    }
}
