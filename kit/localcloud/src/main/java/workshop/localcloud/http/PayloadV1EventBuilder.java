package workshop.localcloud.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the payload format 1.0 event ({@code APIGatewayProxyRequestEvent}) that REST APIs, and HTTP
 * APIs set to payload 1.0, send to a Lambda proxy integration.
 *
 * <p>Following AWS's "Input format of a Lambda function for proxy integration":
 * <ul>
 *   <li>{@code headers} and {@code queryStringParameters} keep the <em>last</em> value of a repeated
 *       name; {@code multiValueHeaders} and {@code multiValueQueryStringParameters} keep them all.</li>
 *   <li>Maps with nothing in them are null, as in AWS's events ({@code pathParameters} of a route
 *       without variables, the query maps of a request without a query).</li>
 *   <li>{@code path} is the path within the stage ({@code /movies/42}); {@code requestContext.path}
 *       includes the stage ({@code /dev/movies/42}), whichever of our two URLs was called.</li>
 *   <li>REST APIs pass header names in the case the client sent; our HTTP server does not keep that
 *       case, so names arrive in the usual {@code Content-Type} form. HTTP APIs lower-case them.
 *       Either way a handler should look headers up without regard to case: HTTP/2 clients send
 *       lower case to REST APIs too.</li>
 * </ul>
 */
final class PayloadV1EventBuilder {

    APIGatewayProxyRequestEvent build(IncomingRequest request, RouteMatch.Found match) {
        Route route = match.route();
        boolean restApi = route.api() == ApiKind.REST_API;
        String resource = route.path().isCatchAll() ? "$default" : route.path().toString();

        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        if (!restApi) {
            event.setVersion(PayloadFormat.V1_0.version()); // only HTTP APIs label their 1.0 events
        }
        event.setResource(resource);
        event.setPath(match.pathWithinStage());
        event.setHttpMethod(request.method());

        Map<String, List<String>> multiValueHeaders = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> multiValueHeaders.put(restApi ? titleCase(name) : name, values));
        event.setMultiValueHeaders(multiValueHeaders);
        event.setHeaders(lastValues(multiValueHeaders));

        Map<String, List<String>> query = QueryString.parse(request.rawQuery());
        event.setMultiValueQueryStringParameters(query.isEmpty() ? null : query);
        event.setQueryStringParameters(query.isEmpty() ? null : lastValues(query));
        event.setPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters());

        EventBody body = EventBody.of(request.body(), request.header("content-type").orElse(null), route.api());
        event.setBody(body.text());
        event.setIsBase64Encoded(body.base64Encoded());

        event.setRequestContext(requestContext(request, match, resource));
        return event;
    }

    private static ProxyRequestContext requestContext(IncomingRequest request, RouteMatch.Found match, String resource) {
        Route route = match.route();
        RequestIdentity identity = new RequestIdentity();
        identity.setSourceIp(request.sourceIp());
        identity.setUserAgent(request.header("user-agent").orElse(null));

        ProxyRequestContext context = new ProxyRequestContext();
        context.setAccountId(LocalApiGateway.ACCOUNT_ID);
        context.setApiId(route.api().apiId());
        context.setStage(route.stage());
        context.setRequestId(request.requestId());
        context.setRequestTime(request.requestTime());
        context.setRequestTimeEpoch(request.receivedAt().toEpochMilli());
        context.setHttpMethod(request.method());
        context.setResourcePath(resource);
        context.setPath(route.api() == ApiKind.REST_API
                ? "/" + route.stage() + match.pathWithinStage()
                : match.pathWithinStage());
        context.setProtocol(request.protocol());
        context.setDomainName(request.header("host").orElse(null));
        context.setDomainPrefix(route.api().apiId());
        context.setIdentity(identity);
        return context;
    }

    private static Map<String, String> lastValues(Map<String, List<String>> multiValues) {
        Map<String, String> last = new LinkedHashMap<>();
        multiValues.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
        return last;
    }

    /** {@code x-slack-signature} gives {@code X-Slack-Signature}. */
    static String titleCase(String lowerCaseName) {
        StringBuilder name = new StringBuilder(lowerCaseName.length());
        boolean startOfWord = true;
        for (char c : lowerCaseName.toCharArray()) {
            name.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == '-';
        }
        return name.toString();
    }
}
