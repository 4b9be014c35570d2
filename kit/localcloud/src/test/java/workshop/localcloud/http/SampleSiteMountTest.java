package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.http;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;
import static workshop.localcloud.http.GatewayTestSupport.json;
import static workshop.localcloud.http.GatewayTestSupport.ok;
import static workshop.localcloud.http.GatewayTestSupport.request;
import static workshop.localcloud.http.GatewayTestSupport.send;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workshop.localcloud.samples.SampleMovieSite;

/** The sample movie site on the gateway's port, under /sample/, next to the functions' routes. */
@Timeout(30)
class SampleSiteMountTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void theSampleSiteAnswersUnderSampleAndTheRoutesEverywhereElse() {
        RecordingFunction movies = RecordingFunction.returning("movies", APIGatewayV2HTTPEvent.class, "from the function");
        gateway.addRoute(httpApi("GET", "/movies"), movies);
        gateway.start();

        HttpResponse<String> site = get(gateway, "/sample/movies?page=2");

        assertThat(gateway.sampleMoviesUrl()).isEqualTo(gateway.baseUrl() + "/sample/movies");
        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(site.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(site.body()).isEqualTo(SampleMovieSite.standard().listingPage(2));
        assertThat(get(gateway, "/movies").body()).isEqualTo("from the function");
        assertThat(movies.events()).hasSize(1);
    }

    @Test
    void evenACatchAllRouteDoesNotTakeTheSampleSite() {
        RecordingFunction fallback = RecordingFunction.returning("default", APIGatewayV2HTTPEvent.class, "default");
        gateway.addRoute(httpApi("*", "*"), fallback);
        gateway.start();

        HttpResponse<String> site = get(gateway, "/sample/movies");

        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(site.body()).select("table.movieTable")).hasSize(1);
        assertThat(get(gateway, "/sample/nothing").statusCode()).as("the site's own 404").isEqualTo(404);
        assertThat(fallback.events()).isEmpty();
        assertThat(get(gateway, "/samples").body()).as("only /sample/ is the site's").isEqualTo("default");
    }

    @Test
    void theSampleSiteOnlyServesPagesToRead() {
        gateway.start();

        HttpResponse<String> post = send(request(gateway, "/sample/movies").POST(BodyPublishers.ofString("x")));

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void theNoRouteAnswersPointToTheSampleSite() {
        gateway.addRoute(http("GET", "/notes/{id}"), "dev",
                RecordingFunction.returning("notes", APIGatewayProxyRequestEvent.class, ok("{}")));
        gateway.start();

        HttpResponse<String> notFound = get(gateway, "/nothing");
        HttpResponse<String> missingToken = get(gateway, "/dev/nothing");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).get("message").getAsString()).isEqualTo("Not Found");
        assertThat(json(notFound).get("sampleSite").getAsString()).isEqualTo("GET /sample/movies");
        assertThat(missingToken.statusCode()).isEqualTo(403);
        assertThat(json(missingToken).get("sampleSite").getAsString()).isEqualTo("GET /sample/movies");
    }

    @Test
    void routesUnderSampleAreRefusedSinceTheyCouldNeverBeCalled() {
        RecordingFunction function = RecordingFunction.returning("shadowed", APIGatewayV2HTTPEvent.class, "x");

        for (String path : new String[] {"/sample", "/sample/movies", "/sample/{proxy+}"}) {
            assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", path), function))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Function 'shadowed'")
                    .hasMessageContaining("sample movie site");
        }
        assertThatThrownBy(() -> gateway.addRoute(http("GET", "/sample/x"), "dev",
                RecordingFunction.returning("rest", APIGatewayProxyRequestEvent.class, ok("{}"))))
                .isInstanceOf(IllegalArgumentException.class);
        gateway.addRoute(httpApi("GET", "/samples"), function); // a path that only starts with the same letters
        assertThat(gateway.routes()).hasSize(1);
    }
}
