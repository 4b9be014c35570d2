package workshop.localcloud.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import workshop.localcloud.functions.Invocation;

/**
 * What API Gateway does with one request: find the route, build the event, invoke the function, and
 * turn its result (or its failure) into the HTTP response.
 */
final class ApiGatewayHandler implements HttpHandler {

    /** API Gateway's payload limit, for REST and HTTP APIs alike. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(LocalApiGateway.class.getName());

    private final RouteTable routes;
    private final PayloadV1EventBuilder v1Events = new PayloadV1EventBuilder();
    private final PayloadV2EventBuilder v2Events = new PayloadV2EventBuilder();
    private final PayloadV1ResponseMapper v1Responses = new PayloadV1ResponseMapper();
    private final PayloadV2ResponseMapper v2Responses = new PayloadV2ResponseMapper();

    ApiGatewayHandler(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now();
        try {
            RouteMatch match = routes.resolve(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            if (match instanceof RouteMatch.NotFound notFound) {
                List<String> known = routes.routes().stream().map(Route::routeKey).toList();
                ResponseWriter.write(exchange, GatewayErrors.noRoute(notFound.answeringApi(), known), requestId,
                        notFound.answeringApi());
                return;
            }
            RouteMatch.Found found = (RouteMatch.Found) match;
            ApiKind api = found.route().api();
            Optional<byte[]> body = readBody(exchange);
            if (body.isEmpty()) {
                ResponseWriter.write(exchange, GatewayErrors.requestTooLarge(), requestId, api);
                return;
            }
            IncomingRequest request = IncomingRequest.from(exchange, body.get(), requestId, receivedAt);
            ResponseWriter.write(exchange, invoke(request, found), requestId, api);
        } catch (RuntimeException bug) {
            // A bug in this gateway must still answer: a client left hanging teaches nothing.
            LOG.log(Level.ERROR, "request " + requestId + " failed inside the local API Gateway", bug);
            if (exchange.getResponseCode() == -1) {
                ResponseWriter.write(exchange,
                        GatewayErrors.integrationFailed(ApiKind.HTTP_API, "local API Gateway error: " + bug),
                        requestId, ApiKind.HTTP_API);
            }
        } finally {
            exchange.close();
        }
    }

    private GatewayResponse invoke(IncomingRequest request, RouteMatch.Found found) {
        Route route = found.route();
        Object event = route.payloadFormat() == PayloadFormat.V1_0
                ? v1Events.build(request, found)
                : v2Events.build(request, found);

        Invocation invocation = route.function().invoke(route.delivery().prepare(event));
        if (invocation.isFailure()) {
            Invocation.FunctionError error = invocation.error();
            return integrationFailed(request, route,
                    "function '" + route.function().name() + "' failed: " + error.errorType() + ": " + error.errorMessage());
        }
        try {
            return route.payloadFormat() == PayloadFormat.V1_0
                    ? v1Responses.toResponse(invocation.output(), route.api())
                    : v2Responses.toResponse(invocation.output());
        } catch (MalformedProxyResponseException malformed) {
            return integrationFailed(request, route, "Malformed Lambda proxy response from function '"
                    + route.function().name() + "': " + malformed.getMessage());
        } catch (RuntimeException notSerialisable) {
            return integrationFailed(request, route, "the result of function '" + route.function().name()
                    + "' cannot be serialised to JSON: " + notSerialisable);
        }
    }

    private static GatewayResponse integrationFailed(IncomingRequest request, Route route, String reason) {
        LOG.log(Level.WARNING, request.method() + " " + request.rawPath() + " (" + route.describe() + "): " + reason);
        return GatewayErrors.integrationFailed(route.api(), reason);
    }

    /**
     * The body, or empty when it is over API Gateway's limit. A declared length over the limit is
     * refused before reading a byte; a chunked body is read up to one byte past the limit.
     */
    private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declaredLength != null && parseLength(declaredLength) > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
    }

    private static long parseLength(String declaredLength) {
        try {
            return Long.parseLong(declaredLength.trim());
        } catch (NumberFormatException malformed) {
            return -1; // let the reader find out how long it really is
        }
    }
}
