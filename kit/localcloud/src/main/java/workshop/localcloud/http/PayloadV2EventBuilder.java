package workshop.localcloud.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the payload format 2.0 event ({@code APIGatewayV2HTTPEvent}) that HTTP APIs send to a
 * Lambda proxy integration.
 *
 * <p>Following AWS's "HTTP API payload format version 2.0":
 * <ul>
 *   <li>There are no multi-value maps: repeated headers and query parameters are joined with commas
 *       ({@code "value1,value2"}); {@code rawQueryString} keeps the query exactly as sent.</li>
 *   <li>Header names are lower case. Cookies are not among the headers: every cookie of every
 *       {@code Cookie} header becomes one entry of {@code cookies}.</li>
 *   <li>{@code routeKey} is the route as declared ({@code GET /movies/{id}}, or {@code $default});
 *       the stage is {@code $default}, so {@code rawPath} has no stage prefix.</li>
 *   <li>Maps and lists with nothing in them are left out (null).</li>
 * </ul>
 */
final class PayloadV2EventBuilder {

    APIGatewayV2HTTPEvent build(IncomingRequest request, RouteMatch.Found match) {
        Route route = match.route();
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion(PayloadFormat.V2_0.version());
        event.setRouteKey(route.routeKey());
        event.setRawPath(request.rawPath());
        event.setRawQueryString(request.rawQuery());

        List<String> cookies = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (name.equals("cookie")) {
                values.forEach(header -> cookies.addAll(cookiesOf(header)));
            } else {
                headers.put(name, String.join(",", values));
            }
        });
        event.setCookies(cookies.isEmpty() ? null : cookies);
        event.setHeaders(headers);

        Map<String, String> query = new LinkedHashMap<>();
        QueryString.parse(request.rawQuery()).forEach((name, values) -> query.put(name, String.join(",", values)));
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        event.setPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters());

        EventBody body = EventBody.of(request.body(), request.header("content-type").orElse(null), route.api());
        event.setBody(body.text());
        event.setIsBase64Encoded(body.base64Encoded());

        event.setRequestContext(requestContext(request, route));
        return event;
    }

    private static RequestContext requestContext(IncomingRequest request, Route route) {
        RequestContext.Http http = new RequestContext.Http();
        http.setMethod(request.method());
        http.setPath(request.rawPath());
        http.setProtocol(request.protocol());
        http.setSourceIp(request.sourceIp());
        http.setUserAgent(request.header("user-agent").orElse(null));

        RequestContext context = new RequestContext();
        context.setRouteKey(route.routeKey());
        context.setAccountId(LocalApiGateway.ACCOUNT_ID);
        context.setApiId(route.api().apiId());
        context.setStage(Route.DEFAULT_STAGE);
        context.setRequestId(request.requestId());
        context.setDomainName(request.header("host").orElse(null));
        context.setDomainPrefix(route.api().apiId());
        context.setTime(request.requestTime());
        context.setTimeEpoch(request.receivedAt().toEpochMilli());
        context.setHttp(http);
        return context;
    }

    /** {@code a=1; b=2} gives {@code [a=1, b=2]}. */
    private static List<String> cookiesOf(String cookieHeader) {
        List<String> cookies = new ArrayList<>();
        for (String cookie : cookieHeader.split(";")) {
            if (!cookie.isBlank()) {
                cookies.add(cookie.trim());
            }
        }
        return cookies;
    }
}
