package workshop.localcloud.http;

/**
 * One route as the admin endpoint and the CLI's start-up banner show it.
 *
 * @param api           {@code http} (REST API) or {@code httpApi} (HTTP API), as in serverless.yml
 * @param method        {@code GET}, ..., or {@code ANY}
 * @param path          as declared, e.g. {@code /movies/{id}}; {@code *} for the HTTP API's catch-all
 * @param routeKey      API Gateway's name for it: {@code GET /movies/{id}}, or {@code $default}
 * @param function      the function's key in serverless.yml
 * @param payloadFormat {@code 1.0} or {@code 2.0}
 * @param url           where to call it locally, without a stage prefix, e.g.
 *                      {@code http://127.0.0.1:3000/movies/{id}}
 * @param stageUrl      REST APIs only (null otherwise): the same route under its stage, like its real
 *                      invoke URL and serverless-offline, e.g. {@code http://127.0.0.1:3000/dev/movies/{id}}
 */
public record RouteInfo(
        String api,
        String method,
        String path,
        String routeKey,
        String function,
        String payloadFormat,
        String url,
        String stageUrl) {
}
