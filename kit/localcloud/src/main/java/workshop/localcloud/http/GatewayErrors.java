package workshop.localcloud.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workshop.localcloud.samples.SampleMovieSite;

/**
 * API Gateway's own answers, when no function's response can be sent. Each kind of API answers in
 * its own words, and handlers and clients written against one notice the other:
 *
 * <table>
 *   <caption>Errors by kind of API</caption>
 *   <tr><th>Situation</th><th>REST API ({@code http})</th><th>HTTP API ({@code httpApi})</th></tr>
 *   <tr><td>no route for the path or method</td>
 *       <td>403 {@code {"message":"Missing Authentication Token"}}</td>
 *       <td>404 {@code {"message":"Not Found"}}</td></tr>
 *   <tr><td>function failed or timed out, malformed response</td>
 *       <td>502 {@code {"message":"Internal server error"}}</td>
 *       <td>500 {@code {"message":"Internal Server Error"}}</td></tr>
 *   <tr><td>body over 10 MB</td><td colspan="2">413 {@code {"message":"Request Too Long"}}</td></tr>
 * </table>
 *
 * <p>Two local additions, because a local cloud should say what went wrong: "no route" answers also
 * list the routes that exist ({@code "routes": [...]}) and the sample site's address
 * ({@code "sampleSite": "GET /sample/movies"}), and internal errors carry the reason in an
 * {@code X-Local-Cloud-Reason} header (real API Gateway only writes it to its execution log).
 */
final class GatewayErrors {

    static final String REASON_HEADER = "X-Local-Cloud-Reason";

    private static final int MAX_REASON_LENGTH = 500;

    private GatewayErrors() {
    }

    static GatewayResponse noRoute(ApiKind answeringApi, List<String> knownRoutes) {
        if (answeringApi == ApiKind.REST_API) {
            return GatewayResponse.json(403, messageAndRoutes("Missing Authentication Token", knownRoutes))
                    .withHeader("x-amzn-ErrorType", "MissingAuthenticationTokenException");
        }
        return GatewayResponse.json(404, messageAndRoutes("Not Found", knownRoutes));
    }

    /** The function failed, timed out, or returned a response API Gateway cannot use. */
    static GatewayResponse integrationFailed(ApiKind api, String reason) {
        GatewayResponse response = api == ApiKind.REST_API
                ? GatewayResponse.json(502, Map.of("message", "Internal server error"))
                        .withHeader("x-amzn-ErrorType", "InternalServerErrorException")
                : GatewayResponse.json(500, Map.of("message", "Internal Server Error"));
        return response.withHeader(REASON_HEADER, headerSafe(reason));
    }

    /** API Gateway's payload limit is 10 MB for both kinds of API. */
    static GatewayResponse requestTooLarge() {
        return GatewayResponse.json(413, Map.of("message", "Request Too Long"));
    }

    private static Map<String, Object> messageAndRoutes(String message, List<String> knownRoutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("routes", knownRoutes);
        body.put("sampleSite", "GET " + SampleMovieSite.MOVIES_PATH);
        return body;
    }

    /** A header value is one line of printable text. */
    private static String headerSafe(String reason) {
        String oneLine = reason.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^\\x20-\\x7E]", "?");
        return oneLine.length() <= MAX_REASON_LENGTH ? oneLine : oneLine.substring(0, MAX_REASON_LENGTH) + "...";
    }
}
