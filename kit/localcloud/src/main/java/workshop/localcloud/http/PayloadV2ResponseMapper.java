package workshop.localcloud.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a payload 2.0 result into the HTTP response, as in AWS's "Lambda function response for
 * format 2.0".
 *
 * <ul>
 *   <li>An object with a {@code statusCode} (an {@code APIGatewayV2HTTPResponse}) is the response:
 *       {@code statusCode}, {@code headers}, {@code body}, {@code isBase64Encoded}, and
 *       {@code cookies}, each of which becomes a {@code Set-Cookie} header.</li>
 *   <li>Anything else is the body of a {@code 200} response with {@code content-type:
 *       application/json}: API Gateway "infers the response format". An object, list or number is
 *       sent as its JSON; a string is sent as the string itself.</li>
 *   <li>Payload 2.0 has no {@code multiValueHeaders}: HTTP APIs ignore that field of
 *       {@code APIGatewayV2HTTPResponse}, and so do we (with a warning in the log).</li>
 * </ul>
 */
final class PayloadV2ResponseMapper {

    private static final System.Logger LOG = System.getLogger(LocalApiGateway.class.getName());

    GatewayResponse toResponse(Object handlerOutput) throws MalformedProxyResponseException {
        JsonElement json = Json.toTree(handlerOutput);
        if (json.isJsonObject() && json.getAsJsonObject().has("statusCode")) {
            return fromResponseObject(json.getAsJsonObject());
        }
        String body = json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()
                ? json.getAsString()
                : Json.write(json);
        return new GatewayResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayResponse fromResponseObject(JsonObject response) throws MalformedProxyResponseException {
        int status = ProxyResponseFields.statusCode(response);
        if (!ProxyResponseFields.multiValueHeaders(response).isEmpty()) {
            LOG.log(Level.WARNING, "multiValueHeaders is not part of a payload 2.0 response and HTTP APIs ignore it;"
                    + " join values with commas in headers, or use cookies for Set-Cookie");
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ProxyResponseFields.headers(response).forEach((name, value) -> headers.put(name, new ArrayList<>(List.of(value))));
        List<String> cookies = ProxyResponseFields.cookies(response);
        if (!cookies.isEmpty()) {
            headers.computeIfAbsent("Set-Cookie", name -> new ArrayList<>()).addAll(cookies);
        }
        return new GatewayResponse(status, headers, ProxyResponseFields.body(response));
    }
}
