package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.http;
import static workshop.localcloud.http.GatewayTestSupport.ok;
import static workshop.localcloud.http.GatewayTestSupport.request;
import static workshop.localcloud.http.GatewayTestSupport.send;
import static workshop.localcloud.http.GatewayTestSupport.sendForBytes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The payload format 1.0 event a REST API ({@code - http:}) route sends. */
@Timeout(30)
class RestApiEventTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);
    private final RecordingFunction function =
            RecordingFunction.returning("movies", APIGatewayProxyRequestEvent.class, ok("{}"));

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void carriesTheRouteThePathAndItsParameters() {
        gateway.addRoute(http("GET", "/movies/{id}/reviews/{reviewId}"), "dev", function);
        gateway.start();

        HttpResponse<String> response = get(gateway, "/dev/movies/The%20Matrix/reviews/7");

        assertThat(response.statusCode()).isEqualTo(200);
        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getHttpMethod()).isEqualTo("GET");
        assertThat(event.getResource()).isEqualTo("/movies/{id}/reviews/{reviewId}");
        assertThat(event.getPath()).isEqualTo("/movies/The%20Matrix/reviews/7");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "The Matrix"), Map.entry("reviewId", "7"));
        assertThat(event.getRequestContext().getPath()).isEqualTo("/dev/movies/The%20Matrix/reviews/7");
        assertThat(event.getRequestContext().getResourcePath()).isEqualTo("/movies/{id}/reviews/{reviewId}");
        assertThat(event.getRequestContext().getStage()).isEqualTo("dev");
    }

    @Test
    void aGreedyParameterTakesTheRestOfThePath() {
        gateway.addRoute(http("ANY", "/files/{proxy+}"), "dev", function);
        gateway.start();

        get(gateway, "/files/2024/posters/matrix.png");

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getResource()).isEqualTo("/files/{proxy+}");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("proxy", "2024/posters/matrix.png"));
    }

    @Test
    void theShortUrlWithoutStageGivesTheSameEvent() {
        gateway.addRoute(http("GET", "/movies/{id}"), "dev", function);
        gateway.start();

        get(gateway, "/movies/42");

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getPath()).isEqualTo("/movies/42");
        assertThat(event.getRequestContext().getPath()).isEqualTo("/dev/movies/42");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "42"));
    }

    @Test
    void repeatedQueryParametersKeepTheLastValueAndAllValues() {
        gateway.addRoute(http("GET", "/search"), "dev", function);
        gateway.start();

        get(gateway, "/search?genre=drama&genre=sci-fi&q=star+wars&title=Am%C3%A9lie&flag");

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getQueryStringParameters()).containsExactly(
                Map.entry("genre", "sci-fi"), Map.entry("q", "star wars"), Map.entry("title", "Amélie"),
                Map.entry("flag", ""));
        assertThat(event.getMultiValueQueryStringParameters()).containsEntry("genre", List.of("drama", "sci-fi"));
    }

    @Test
    void withoutQueryOrParametersThoseMapsAreNull() {
        gateway.addRoute(http("GET", "/movies"), "dev", function);
        gateway.start();

        get(gateway, "/movies");

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getMultiValueQueryStringParameters()).isNull();
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    void headersArriveInTitleCaseWithEveryValueInMultiValueHeaders() {
        gateway.addRoute(http("GET", "/movies"), "dev", function);
        gateway.start();

        send(request(gateway, "/movies")
                .header("x-request-tag", "first")
                .header("X-REQUEST-TAG", "second")
                .header("user-agent", "workshop-test"));

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getHeaders()).containsEntry("X-Request-Tag", "second").containsEntry("User-Agent", "workshop-test");
        assertThat(event.getMultiValueHeaders()).containsEntry("X-Request-Tag", List.of("first", "second"));
        assertThat(event.getRequestContext().getIdentity().getUserAgent()).isEqualTo("workshop-test");
    }

    @Test
    void theRequestContextDescribesTheRequest() {
        gateway.addRoute(http("POST", "/movies"), "dev", function);
        gateway.start();
        long before = System.currentTimeMillis();

        HttpResponse<String> response = send(request(gateway, "/dev/movies").POST(BodyPublishers.ofString("{}")));

        APIGatewayProxyRequestEvent.ProxyRequestContext context =
                function.onlyEvent(APIGatewayProxyRequestEvent.class).getRequestContext();
        assertThat(UUID.fromString(context.getRequestId()).toString())
                .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
        assertThat(context.getHttpMethod()).isEqualTo("POST");
        assertThat(context.getAccountId()).isEqualTo(LocalApiGateway.ACCOUNT_ID);
        assertThat(context.getApiId()).isNotBlank();
        assertThat(context.getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(context.getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getRequestTimeEpoch()).isCloseTo(before, within(10_000L));
        assertThat(context.getRequestTime()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    }

    @Test
    void textAndFormBodiesArriveAsText() {
        gateway.addRoute(http("POST", "/movies"), "dev", function);
        gateway.start();

        send(request(gateway, "/movies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"title\":\"Amélie\"}")));
        send(request(gateway, "/movies").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("title=Am%C3%A9lie&year=2001")));

        List<APIGatewayProxyRequestEvent> events =
                function.events().stream().map(APIGatewayProxyRequestEvent.class::cast).toList();
        assertThat(events).extracting(APIGatewayProxyRequestEvent::getBody)
                .containsExactly("{\"title\":\"Amélie\"}", "title=Am%C3%A9lie&year=2001");
        assertThat(events).extracting(APIGatewayProxyRequestEvent::getIsBase64Encoded).containsOnly(false);
    }

    @Test
    void binaryBodiesTravelBase64EncodedBothWays() {
        RecordingFunction echo = RecordingFunction.answering("echo", APIGatewayProxyRequestEvent.class, input -> {
            APIGatewayProxyRequestEvent event = (APIGatewayProxyRequestEvent) input;
            return new APIGatewayProxyResponseEvent().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/octet-stream"))
                    .withBody(event.getBody()).withIsBase64Encoded(event.getIsBase64Encoded());
        });
        gateway.addRoute(http("PUT", "/posters/{id}"), "dev", echo);
        gateway.start();
        byte[] poster = new byte[4096];
        new Random(42).nextBytes(poster);

        HttpResponse<byte[]> response = sendForBytes(request(gateway, "/posters/7")
                .header("Content-Type", "image/png").PUT(BodyPublishers.ofByteArray(poster)));

        APIGatewayProxyRequestEvent event = echo.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(poster);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(poster);
    }

    @Test
    void bytesThatAreNotUtf8AreBase64EncodedWhateverTheContentType() {
        gateway.addRoute(http("POST", "/notes"), "dev", function);
        gateway.start();
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};

        send(request(gateway, "/notes").header("Content-Type", "text/plain").POST(BodyPublishers.ofByteArray(latin1)));

        APIGatewayProxyRequestEvent event = function.onlyEvent(APIGatewayProxyRequestEvent.class);
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(latin1);
    }
}
