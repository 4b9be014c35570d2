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
import workshop.localcloud.samples.CrawlRequest;
import workshop.localcloud.samples.SampleCrawlSite;
import workshop.localcloud.samples.SampleMovieSite;

/**
 * The sample sites on the gateway's port, next to the functions' routes: the movie site under
 * /sample/, the crawl site under /sample/crawl/ with its robots.txt at the root.
 */
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

    @Test
    void theCrawlSiteAndItsRobotsTxtAnswerNextToACatchAllRoute() {
        RecordingFunction fallback = RecordingFunction.returning("default", APIGatewayV2HTTPEvent.class, "default");
        gateway.addRoute(httpApi("*", "*"), fallback);
        gateway.start();

        HttpResponse<String> home = get(gateway, "/sample/crawl/");
        HttpResponse<String> robots = get(gateway, "/robots.txt");

        assertThat(gateway.sampleCrawlUrl()).isEqualTo(gateway.baseUrl() + "/sample/crawl/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).title()).isEqualTo(SampleCrawlSite.standard().title("/sample/crawl").orElseThrow());
        assertThat(get(gateway, "/sample/crawl").body()).isEqualTo(home.body());
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.body()).isEqualTo(SampleCrawlSite.standard().robotsTxt());
        assertThat(fallback.events()).isEmpty();
        assertThat(get(gateway, "/robots.txt.bak").body()).as("only /robots.txt itself is the site's").isEqualTo("default");
        assertThat(get(gateway, "/robots.txt/x").body()).isEqualTo("default");
        assertThat(fallback.events()).hasSize(2);
    }

    @Test
    void theGatewayLogsTheCrawlSitesRequestsOnly() {
        gateway.start();

        get(gateway, "/robots.txt");
        get(gateway, "/sample/crawl/films/7?x=1");
        get(gateway, "/sample/movies");
        get(gateway, "/nothing");

        String host = "127.0.0.1:" + gateway.port();
        assertThat(gateway.sampleCrawlRequests().snapshot()).containsExactly(
                new CrawlRequest("GET", host, "/robots.txt"),
                new CrawlRequest("GET", host, "/sample/crawl/films/7?x=1"));
    }

    @Test
    void aRouteNamedRobotsTxtIsRefusedSinceItCouldNeverBeCalled() {
        RecordingFunction function = RecordingFunction.returning("robots", APIGatewayV2HTTPEvent.class, "x");

        for (String path : new String[] {"/robots.txt", "/robots.txt/"}) {
            assertThatThrownBy(() -> gateway.addRoute(httpApi("GET", path), function))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Function 'robots', httpApi route GET " + path)
                    .hasMessageContaining("sample crawl site")
                    .hasMessageContaining("choose another path");
        }
        assertThatThrownBy(() -> gateway.addRoute(http("GET", "/robots.txt"), "dev",
                RecordingFunction.returning("rest", APIGatewayProxyRequestEvent.class, ok("{}"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/robots.txt belongs to the local cloud's sample crawl site");
        gateway.addRoute(httpApi("GET", "/robots.txt.bak"), function);
        gateway.addRoute(httpApi("GET", "/robots/{file}"), function);
        assertThat(gateway.routes()).hasSize(2);
    }
}
