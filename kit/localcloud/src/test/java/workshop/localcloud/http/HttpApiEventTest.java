package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;
import static workshop.localcloud.http.GatewayTestSupport.httpApiV1;
import static workshop.localcloud.http.GatewayTestSupport.request;
import static workshop.localcloud.http.GatewayTestSupport.send;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The events an HTTP API ({@code - httpApi:}) route sends: payload 2.0 by default, or 1.0. */
@Timeout(30)
class HttpApiEventTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);
    private final RecordingFunction function =
            RecordingFunction.returning("movies", APIGatewayV2HTTPEvent.class, "ok");

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void carriesTheRouteKeyRawPathAndParameters() {
        gateway.addRoute(httpApi("GET", "/movies/{id}/{proxy+}"), function);
        gateway.start();

        get(gateway, "/movies/The%20Matrix/cast/lead");

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("GET /movies/{id}/{proxy+}");
        assertThat(event.getRawPath()).isEqualTo("/movies/The%20Matrix/cast/lead");
        assertThat(event.getPathParameters())
                .containsExactly(Map.entry("id", "The Matrix"), Map.entry("proxy", "cast/lead"));
        assertThat(event.getRequestContext().getRouteKey()).isEqualTo("GET /movies/{id}/{proxy+}");
        assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
    }

    @Test
    void repeatedQueryParametersAreJoinedWithCommasAndTheRawQueryIsKept() {
        gateway.addRoute(httpApi("GET", "/search"), function);
        gateway.start();

        get(gateway, "/search?genre=drama&genre=sci-fi&q=star+wars");

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getRawQueryString()).isEqualTo("genre=drama&genre=sci-fi&q=star+wars");
        assertThat(event.getQueryStringParameters())
                .containsExactly(Map.entry("genre", "drama,sci-fi"), Map.entry("q", "star wars"));
    }

    @Test
    void headersAreLowerCaseJoinedWithCommasAndCookiesAreSeparate() {
        gateway.addRoute(httpApi("GET", "/movies"), function);
        gateway.start();

        send(request(gateway, "/movies")
                .header("X-Request-Tag", "first")
                .header("x-request-tag", "second")
                .header("Cookie", "session=abc; theme=dark"));

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getHeaders()).containsEntry("x-request-tag", "first,second").doesNotContainKey("cookie");
        assertThat(event.getHeaders().keySet()).allSatisfy(name -> assertThat(name).isLowerCase());
        assertThat(event.getCookies()).containsExactly("session=abc", "theme=dark");
    }

    @Test
    void withoutQueryParametersOrCookiesThoseFieldsAreNull() {
        gateway.addRoute(httpApi("GET", "/movies"), function);
        gateway.start();

        get(gateway, "/movies");

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getRawQueryString()).isEmpty();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getCookies()).isNull();
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    void theRequestContextDescribesTheRequest() {
        gateway.addRoute(httpApi("POST", "/movies"), function);
        gateway.start();
        long before = System.currentTimeMillis();

        HttpResponse<String> response = send(request(gateway, "/movies")
                .header("User-Agent", "workshop-test").POST(BodyPublishers.ofString("{}")));

        APIGatewayV2HTTPEvent.RequestContext context = function.onlyEvent(APIGatewayV2HTTPEvent.class).getRequestContext();
        assertThat(UUID.fromString(context.getRequestId()).toString())
                .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow())
                .isEqualTo(response.headers().firstValue("apigw-requestid").orElseThrow());
        assertThat(context.getHttp().getMethod()).isEqualTo("POST");
        assertThat(context.getHttp().getPath()).isEqualTo("/movies");
        assertThat(context.getHttp().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isEqualTo("workshop-test");
        assertThat(context.getAccountId()).isEqualTo(LocalApiGateway.ACCOUNT_ID);
        assertThat(context.getApiId()).isNotBlank();
        assertThat(context.getTimeEpoch()).isCloseTo(before, within(10_000L));
        assertThat(context.getTime()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    }

    @Test
    void jsonAndTextBodiesArriveAsText() {
        gateway.addRoute(httpApi("POST", "/movies"), function);
        gateway.start();

        send(request(gateway, "/movies").header("Content-Type", "application/json; charset=utf-8")
                .POST(BodyPublishers.ofString("{\"title\":\"Amélie\"}")));

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getBody()).isEqualTo("{\"title\":\"Amélie\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    void formPostsArriveBase64EncodedAsHttpApisSendThem() {
        // Slack's slash commands are form posts: their handler must decode the body first.
        gateway.addRoute(httpApi("POST", "/slack"), function);
        gateway.start();
        String form = "command=%2Fscrape&text=https%3A%2F%2Fexample.com";

        send(request(gateway, "/slack").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));

        APIGatewayV2HTTPEvent event = function.onlyEvent(APIGatewayV2HTTPEvent.class);
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8)).isEqualTo(form);
    }

    @Test
    void payloadFormat10OnAnHttpApiHasLowerCaseHeadersAndNoStagePrefix() {
        RecordingFunction v1 = RecordingFunction.returning("legacy", APIGatewayProxyRequestEvent.class,
                GatewayTestSupport.ok("{}"));
        gateway.addRoute(httpApiV1("GET", "/legacy/{id}"), v1);
        gateway.start();

        send(request(gateway, "/legacy/7?tag=a&tag=b").header("X-Request-Tag", "one"));

        APIGatewayProxyRequestEvent event = v1.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getVersion()).isEqualTo("1.0");
        assertThat(event.getResource()).isEqualTo("/legacy/{id}");
        assertThat(event.getPath()).isEqualTo("/legacy/7");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "7"));
        assertThat(event.getHeaders()).containsEntry("x-request-tag", "one");
        assertThat(event.getMultiValueQueryStringParameters()).containsEntry("tag", List.of("a", "b"));
        assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
        assertThat(event.getRequestContext().getPath()).isEqualTo("/legacy/7");
    }
}
