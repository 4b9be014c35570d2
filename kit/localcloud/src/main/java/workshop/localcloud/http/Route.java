package workshop.localcloud.http;

import workshop.localcloud.config.Location;
import workshop.localcloud.functions.LambdaFunction;

/**
 * One {@code http} or {@code httpApi} event of a function: which requests it takes and how the
 * function gets them.
 *
 * @param api           REST API ({@code http}) or HTTP API ({@code httpApi})
 * @param method        upper case; {@link #ANY} for every method
 * @param path          the path template, or the catch-all for the HTTP API's {@code $default} route
 * @param payloadFormat 1.0 for REST APIs; 2.0 or 1.0 for HTTP APIs
 * @param stage         the REST API's stage (also the first segment of its URLs); {@code $default} for HTTP APIs
 * @param function      the function the route invokes
 * @param delivery      how the event reaches the handler's parameter type
 * @param location      where serverless.yml declares the event, or null when unknown
 */
record Route(
        ApiKind api,
        String method,
        PathTemplate path,
        PayloadFormat payloadFormat,
        String stage,
        LambdaFunction function,
        EventDelivery delivery,
        Location location) {

    static final String ANY = "ANY";

    /** The stage HTTP APIs created by the Serverless Framework use: its URLs have no stage prefix. */
    static final String DEFAULT_STAGE = "$default";

    boolean acceptsMethod(String requestMethod) {
        return method.equals(ANY) || method.equals(requestMethod);
    }

    /** API Gateway's name for the route, e.g. {@code GET /movies/{id}}, or {@code $default} for the catch-all. */
    String routeKey() {
        return path.isCatchAll() ? "$default" : method + " " + path;
    }

    /** For messages: {@code http route GET /movies/{id} (serverless.yml:12)}. */
    String describe() {
        return api.eventName() + " route " + routeKey() + (location == null ? "" : " (" + location + ")");
    }

    /** For messages: {@code function 'getMovie' (http, serverless.yml:12)}. */
    String owner() {
        return "function '" + function.name() + "' (" + api.eventName() + (location == null ? "" : ", " + location) + ")";
    }
}
