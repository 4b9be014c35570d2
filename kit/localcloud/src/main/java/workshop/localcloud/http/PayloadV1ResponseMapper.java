package workshop.localcloud.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a payload 1.0 result ({@code APIGatewayProxyResponseEvent}) into the HTTP response, as in
 * AWS's "Output format of a Lambda function for proxy integration".
 *
 * <ul>
 *   <li>The result must be an object with a {@code statusCode}; anything else (a string, a plain
 *       object, null) is a malformed proxy response, answered with API Gateway's internal error.</li>
 *   <li>{@code headers} and {@code multiValueHeaders} are merged; for a name in both, only the
 *       {@code multiValueHeaders} values are sent, as AWS documents.</li>
 *   <li>{@code body} with {@code isBase64Encoded: true} is decoded and sent as bytes. A real REST API
 *       decodes only for types listed in its {@code binaryMediaTypes}; we always decode.</li>
 *   <li>A REST API sends {@code Content-Type: application/json} when the function sets none.</li>
 * </ul>
 */
final class PayloadV1ResponseMapper {

    GatewayResponse toResponse(Object handlerOutput, ApiKind api) throws MalformedProxyResponseException {
        JsonElement json = Json.toTree(handlerOutput);
        if (!json.isJsonObject()) {
            throw new MalformedProxyResponseException("payload 1.0 expects an object with statusCode"
                    + " (APIGatewayProxyResponseEvent), but the function returned " + Json.write(json));
        }
        JsonObject response = json.getAsJsonObject();
        int status = ProxyResponseFields.statusCode(response);

        // Header names are case-insensitive: "content-type" in one map and "Content-Type" in the
        // other are the same header.
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(ProxyResponseFields.multiValueHeaders(response));
        ProxyResponseFields.headers(response).forEach((name, value) ->
                headers.putIfAbsent(name, List.of(value)));
        if (api == ApiKind.REST_API && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", List.of("application/json"));
        }
        return new GatewayResponse(status, headers, ProxyResponseFields.body(response));
    }
}
