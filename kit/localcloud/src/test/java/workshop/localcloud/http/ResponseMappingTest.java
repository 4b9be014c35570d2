package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.http;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;
import static workshop.localcloud.http.GatewayTestSupport.httpApiV1;
import static workshop.localcloud.http.GatewayTestSupport.json;
import static workshop.localcloud.http.GatewayTestSupport.request;
import static workshop.localcloud.http.GatewayTestSupport.send;
import static workshop.localcloud.http.GatewayTestSupport.sendForBytes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workshop.localcloud.functions.Invocation;

/** How a function's result, or its failure, becomes the HTTP response. */
@Timeout(30)
class ResponseMappingTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    private HttpResponse<String> callRestRoute(Object handlerOutput) {
        gateway.addRoute(http("GET", "/result"), "dev",
                RecordingFunction.returning("result", APIGatewayProxyRequestEvent.class, handlerOutput));
        gateway.start();
        return get(gateway, "/dev/result");
    }

    private HttpResponse<String> callHttpApiRoute(Object handlerOutput) {
        gateway.addRoute(httpApi("GET", "/result"),
                RecordingFunction.returning("result", APIGatewayV2HTTPEvent.class, handlerOutput));
        gateway.start();
        return get(gateway, "/result");
    }

    @Test
    void payload10StatusHeadersAndBodyAreSentAsReturned() {
        HttpResponse<String> response = callRestRoute(new APIGatewayProxyResponseEvent()
                .withStatusCode(201)
                .withHeaders(Map.of("Location", "/movies/42", "X-Tag", "ignored-for-multi"))
                .withMultiValueHeaders(Map.of("x-tag", List.of("a", "b")))
                .withBody("{\"id\":\"42\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/movies/42");
        // In both maps: only the multiValueHeaders values are sent, as AWS documents.
        assertThat(response.headers().allValues("X-Tag")).containsExactly("a", "b");
        assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    void aRestApiSendsJsonContentTypeWhenTheFunctionSetsNone() {
        HttpResponse<String> response = callRestRoute(new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("[]"));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void aBase64BodyIsDecoded() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF};
        gateway.addRoute(httpApi("GET", "/poster"), RecordingFunction.returning("poster", APIGatewayV2HTTPEvent.class,
                APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                        .withHeaders(Map.of("Content-Type", "image/png"))
                        .withBody(Base64.getEncoder().encodeToString(png)).withIsBase64Encoded(true).build()));
        gateway.start();

        HttpResponse<byte[]> response = sendForBytes(request(gateway, "/poster").GET());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.body()).isEqualTo(png);
    }

    @Test
    void aMissingStatusCodeIsAMalformedResponse() {
        HttpResponse<String> response = callRestRoute(new APIGatewayProxyResponseEvent().withBody("no status"));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json(response).get("message").getAsString()).isEqualTo("Internal server error");
        assertThat(response.headers().firstValue(GatewayErrors.REASON_HEADER).orElseThrow())
                .contains("Malformed Lambda proxy response").contains("statusCode");
    }

    @Test
    void aPayload10ResultThatIsNotAResponseObjectIsMalformed() {
        HttpResponse<String> response = callRestRoute("{\"statusCode\":200}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    void aFailedInvocationGets502FromARestApi() {
        gateway.addRoute(http("GET", "/boom"), "dev", RecordingFunction.failing("boom", APIGatewayProxyRequestEvent.class,
                Invocation.FunctionError.of(new IllegalStateException("table not found"))));
        gateway.start();

        HttpResponse<String> response = get(gateway, "/boom");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json(response).get("message").getAsString()).isEqualTo("Internal server error");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.headers().firstValue(GatewayErrors.REASON_HEADER).orElseThrow())
                .contains("'boom'").contains("java.lang.IllegalStateException: table not found");
    }

    @Test
    void aTimedOutInvocationGets500FromAnHttpApi() {
        gateway.addRoute(httpApi("GET", "/slow"), RecordingFunction.failing("slow", APIGatewayV2HTTPEvent.class,
                Invocation.FunctionError.timedOut(6)));
        gateway.start();

        HttpResponse<String> response = get(gateway, "/slow");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).get("message").getAsString()).isEqualTo("Internal Server Error");
        assertThat(response.headers().firstValue("apigw-requestid")).isPresent();
        assertThat(response.headers().firstValue(GatewayErrors.REASON_HEADER).orElseThrow()).contains("Sandbox.Timedout");
    }

    @Test
    void payload20ResponseObjectWithCookies() {
        HttpResponse<String> response = callHttpApiRoute(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(303)
                .withHeaders(Map.of("Location", "/movies"))
                .withCookies(List.of("session=abc; HttpOnly", "theme=dark"))
                .build());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/movies");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("session=abc; HttpOnly", "theme=dark");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aPayload20ResponseWithoutStatusIsAnError() {
        // APIGatewayV2HTTPResponse's statusCode is an int: forgetting it sends 0.
        HttpResponse<String> response = callHttpApiRoute(APIGatewayV2HTTPResponse.builder().withBody("hi").build());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue(GatewayErrors.REASON_HEADER).orElseThrow()).contains("statusCode 0");
    }

    @Test
    void anyOtherPayload20ResultIsAJsonBodyWithStatus200() {
        HttpResponse<String> response = callHttpApiRoute(Map.of("title", "Amélie", "year", 2001));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(response).get("title").getAsString()).isEqualTo("Amélie");
        assertThat(json(response).get("year").getAsInt()).isEqualTo(2001);
    }

    @Test
    void aPayload20StringResultIsTheBodyItself() {
        HttpResponse<String> response = callHttpApiRoute("Hello from Lambda");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello from Lambda");
    }

    @Test
    void payload10OnAnHttpApiNeedsAResponseObjectToo() {
        gateway.addRoute(httpApiV1("GET", "/legacy"), RecordingFunction.returning("legacy",
                APIGatewayProxyRequestEvent.class, Map.of("title", "no statusCode here")));
        gateway.start();

        HttpResponse<String> response = get(gateway, "/legacy");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).get("message").getAsString()).isEqualTo("Internal Server Error");
    }

    @Test
    void aHeadRequestGetsHeadersWithoutBody() {
        gateway.addRoute(http("ANY", "/movies"), "dev", RecordingFunction.returning("movies",
                APIGatewayProxyRequestEvent.class, GatewayTestSupport.ok("[\"The Matrix\"]")));
        gateway.start();

        HttpResponse<String> response = send(request(gateway, "/movies").method("HEAD", BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }
}
