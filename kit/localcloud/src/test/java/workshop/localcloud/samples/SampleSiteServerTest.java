package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sample site over HTTP, on its own loopback server. */
@Timeout(30)
class SampleSiteServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final SampleSiteServer server = new SampleSiteServer(0);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void itListensOnTheIpv4LoopbackOnly() {
        assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.moviesUrl()).isEqualTo(server.baseUrl() + "/sample/movies");
    }

    @Test
    void pagesAreUtf8HtmlWithTheirLength() {
        HttpResponse<byte[]> response = sendForBytes(request(server.moviesUrl()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(SampleMovieSite.standard().listingPage(1));
    }

    @Test
    void aScraperFollowingNextLinksReadsTheWholeCatalogue() {
        List<SampleMovie> read = new ArrayList<>();
        Optional<String> url = Optional.of(server.moviesUrl());
        int pages = 0;
        while (url.isPresent() && pages < 20) {
            HttpResponse<String> response = send(request(url.get()).GET());
            assertThat(response.statusCode()).as(url.get()).isEqualTo(200);
            Document page = Jsoup.parse(response.body(), url.get());
            read.addAll(ListingReader.movies(page));
            url = ListingReader.nextUrl(page);
            pages++;
        }

        assertThat(pages).isEqualTo(13);
        assertThat(read).isEqualTo(SampleMovieCatalog.standard().titles());
    }

    @Test
    void unknownPathsAndPagesOutOfRangeAreNotFound() {
        for (String path : List.of("/", "/favicon.ico", "/sample/nothing", "/sample/movies?page=14")) {
            HttpResponse<String> response = send(request(server.baseUrl() + path).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(response.body()).contains("Page not found");
        }
        assertThat(send(request(server.moviesUrl() + "?page=x").GET()).statusCode()).isEqualTo(400);
    }

    @Test
    void theErrorPagesForTheScraperAreServed() {
        HttpResponse<String> broken = send(request(server.baseUrl() + "/sample/movies/broken").GET());
        HttpResponse<String> withBrokenNext = send(request(server.baseUrl() + "/sample/movies/with-broken-next").GET());

        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).contains("Site under maintenance").doesNotContain("movieTable");
        assertThat(withBrokenNext.statusCode()).isEqualTo(200);
        assertThat(ListingReader.nextUrl(Jsoup.parse(withBrokenNext.body(), server.baseUrl() + "/sample/movies/with-broken-next")))
                .hasValue(server.baseUrl() + "/sample/movies/broken");
    }

    @Test
    void otherMethodsThanGetAndHeadAreNotAllowed() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> response = send(request(server.moviesUrl()).method(method, BodyPublishers.ofString("x")));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        }
        HttpResponse<String> unknownPath = send(request(server.baseUrl() + "/sample/nothing").POST(BodyPublishers.noBody()));
        assertThat(unknownPath.statusCode()).as("an unknown path stays unknown").isEqualTo(404);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> response = send(request(server.moviesUrl()).method("HEAD", BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).isEmpty();
        assertThat(send(request(server.baseUrl() + "/nothing").method("HEAD", BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void closingFreesThePort() {
        int port = server.port();
        server.close();

        try (SampleSiteServer again = new SampleSiteServer(port)) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new SampleSiteServer(server.port()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + server.port());
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
