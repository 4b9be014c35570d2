package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.http;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;
import static workshop.localcloud.http.GatewayTestSupport.httpApiV1;
import static workshop.localcloud.http.GatewayTestSupport.json;
import static workshop.localcloud.http.GatewayTestSupport.ok;
import static workshop.localcloud.http.GatewayTestSupport.request;
import static workshop.localcloud.http.GatewayTestSupport.send;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which route serves a request, what happens when none does, and which routes are refused. */
@Timeout(30)
class RoutingTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    /** A payload 2.0 function that answers with its own name, so a test sees who served the request. */
    private static RecordingFunction named(String name) {
        return RecordingFunction.returning(name, APIGatewayV2HTTPEvent.class, name);
    }

    @Test
    void theMostSpecificRouteWinsLiteralThenVariableThenGreedy() {
        gateway.addRoute(httpApi("GET", "/movies/{proxy+}"), named("greedy"));
        gateway.addRoute(httpApi("GET", "/movies/{id}"), named("variable"));
        gateway.addRoute(httpApi("GET", "/movies/new"), named("literal"));
        gateway.addRoute(httpApi("GET", "/{proxy+}"), named("root-greedy"));
        gateway.start();

        assertThat(get(gateway, "/movies/new").body()).isEqualTo("literal");
        assertThat(get(gateway, "/movies/42").body()).isEqualTo("variable");
        assertThat(get(gateway, "/movies/42/cast").body()).isEqualTo("greedy");
        assertThat(get(gateway, "/series/42").body()).isEqualTo("root-greedy");
    }

    @Test
    void aNamedMethodBeatsAnyAndTheDefaultRouteTakesTheRest() {
        gateway.addRoute(httpApi("ANY", "/movies"), named("any"));
        gateway.addRoute(httpApi("GET", "/movies"), named("get"));
        gateway.addRoute(httpApi("*", "*"), named("default"));
        gateway.start();

        assertThat(get(gateway, "/movies").body()).isEqualTo("get");
        assertThat(send(request(gateway, "/movies").DELETE()).body()).isEqualTo("any");
        assertThat(get(gateway, "/").body()).isEqualTo("default");
        assertThat(get(gateway, "/anything/else?at=all").body()).isEqualTo("default");
    }

    @Test
    void theDefaultRouteHasRouteKeyDefault() {
        RecordingFunction fallback = named("default");
        gateway.addRoute(httpApi("*", "*"), fallback);
        gateway.start();

        get(gateway, "/whatever");

        assertThat(fallback.onlyEvent(APIGatewayV2HTTPEvent.class).getRouteKey()).isEqualTo("$default");
    }

    @Test
    void aTrailingSlashFindsTheSameRoute() {
        gateway.addRoute(httpApi("GET", "/movies"), named("movies"));
        gateway.addRoute(httpApi("GET", "/series/"), named("series"));
        gateway.start();

        assertThat(get(gateway, "/movies/").body()).isEqualTo("movies");
        assertThat(get(gateway, "/series").body()).isEqualTo("series");
    }

    @Test
    void theRootPathIsARouteOfItsOwn() {
        gateway.addRoute(http("GET", "/"), "dev",
                RecordingFunction.returning("home", APIGatewayProxyRequestEvent.class, ok("home")));
        gateway.addRoute(http("GET", "/{proxy+}"), "dev",
                RecordingFunction.returning("pages", APIGatewayProxyRequestEvent.class, ok("pages")));
        gateway.start();

        assertThat(get(gateway, "/dev").body()).isEqualTo("home");
        assertThat(get(gateway, "/").body()).isEqualTo("home");
        assertThat(get(gateway, "/dev/about").body()).isEqualTo("pages");
    }

    @Test
    void anUnknownPathGets404ListingTheKnownRoutes() {
        gateway.addRoute(http("GET", "/movies/{id}"), "dev",
                RecordingFunction.returning("getMovie", APIGatewayProxyRequestEvent.class, ok("{}")));
        gateway.addRoute(httpApi("POST", "/slack"), named("slack"));
        gateway.start();

        HttpResponse<String> response = get(gateway, "/moviez/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonObject body = json(response);
        assertThat(body.get("message").getAsString()).isEqualTo("Not Found");
        assertThat(body.getAsJsonArray("routes")).extracting(route -> route.getAsString())
                .containsExactly("GET /movies/{id}", "POST /slack");
    }

    @Test
    void aRestApiAnswersMissingAuthenticationTokenForAnUnknownMethodOrPathUnderItsStage() {
        gateway.addRoute(http("GET", "/movies/{id}"), "dev",
                RecordingFunction.returning("getMovie", APIGatewayProxyRequestEvent.class, ok("{}")));
        gateway.start();

        HttpResponse<String> wrongMethod = send(request(gateway, "/movies/42").DELETE());
        HttpResponse<String> unknownUnderStage = get(gateway, "/dev/moviez");

        for (HttpResponse<String> response : List.of(wrongMethod, unknownUnderStage)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
            assertThat(json(response).get("message").getAsString()).isEqualTo("Missing Authentication Token");
            assertThat(json(response).getAsJsonArray("routes")).hasSize(1);
        }
    }

    @Test
    void anHttpApiAnswersNotFoundForAnUnknownMethod() {
        gateway.addRoute(httpApi("GET", "/movies"), named("movies"));
        gateway.start();

        HttpResponse<String> response = send(request(gateway, "/movies").POST(BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).getAsJsonArray("routes").get(0).getAsString()).isEqualTo("GET /movies");
    }

    @Test
    void aDuplicateRouteIsRefusedNamingBothFunctions() {
        gateway.addRoute(httpApi("GET", "/movies/{id}"), named("first"));

        assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", "/movies/{movieId}"), named("second")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate route GET /movies/{movieId}")
                .hasMessageContaining("'first'")
                .hasMessageContaining("'second'");
    }

    @Test
    void aRestRouteAndAnHttpApiRouteCannotShareAPath() {
        gateway.addRoute(httpApi("GET", "/movies"), named("httpApi"));

        assertThatThrownBy(() -> gateway.addRoute(http("GET", "/movies"), "dev",
                RecordingFunction.returning("rest", APIGatewayProxyRequestEvent.class, ok("{}"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without their stage prefix");
    }

    @Test
    void aHandlerThatCannotTakeTheEventIsRefusedAtStartUp() {
        RecordingFunction kinesisHandler = RecordingFunction.returning("processor", KinesisEvent.class, null);

        assertThatThrownBy(() -> gateway.addRoute(http("GET", "/movies"), "dev", kinesisHandler))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'processor'")
                .hasMessageContaining("GET /movies")
                .hasMessageContaining(KinesisEvent.class.getName())
                .hasMessageContaining(APIGatewayProxyRequestEvent.class.getName());
    }

    @Test
    void aPayload10HandlerOnAPayload20RouteIsRefusedWithTheWayOut() {
        RecordingFunction v1Handler = RecordingFunction.returning("movies", APIGatewayProxyRequestEvent.class, ok("{}"));

        assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", "/movies"), v1Handler))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(APIGatewayV2HTTPEvent.class.getName())
                .hasMessageContaining("provider.httpApi.payload: '1.0'");
    }

    @Test
    void aStringHandlerIsRefusedBecauseLambdaCannotReadAnObjectIntoAString() {
        RecordingFunction stringHandler = RecordingFunction.returning("echo", String.class, "");

        assertThatThrownBy(() -> gateway.addRoute(httpApiV1("GET", "/echo"), stringHandler))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void invalidPathsAreRefused() {
        RecordingFunction function = named("movies");

        assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", "/files/{proxy+}/meta"), function))
                .hasMessageContaining("must be the last segment");
        assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", "/files/poster-{id}"), function))
                .hasMessageContaining("whole segment");
        assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", "movies"), function))
                .hasMessageContaining("must start with '/'");
    }

    @Test
    void aMapHandlerGetsTheEventAsJson() {
        RecordingFunction mapHandler = RecordingFunction.returning("raw", Map.class, Map.of("seen", true));
        gateway.addRoute(httpApi("GET", "/raw/{id}"), mapHandler);
        gateway.start();

        HttpResponse<String> response = get(gateway, "/raw/7");

        @SuppressWarnings("unchecked")
        Map<String, Object> event = mapHandler.onlyEvent(Map.class);
        assertThat(event).containsEntry("routeKey", "GET /raw/{id}").containsEntry("isBase64Encoded", false);
        assertThat(event.get("pathParameters")).isEqualTo(Map.of("id", "7"));
        assertThat(((Map<?, ?>) event.get("requestContext")).get("timeEpoch")).isInstanceOf(Long.class);
        assertThat(response.body()).isEqualTo("{\"seen\":true}");
    }
}
