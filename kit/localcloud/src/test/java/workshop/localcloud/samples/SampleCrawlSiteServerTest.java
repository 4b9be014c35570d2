package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The crawl site over HTTP, on the sample sites' own loopback server, and its request log. */
@Timeout(30)
class SampleCrawlSiteServerTest {

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
    void theHomePageIsAtTheCrawlUrlAndAnswersWithAndWithoutItsSlash() {
        HttpResponse<String> withSlash = get(server.crawlUrl());
        HttpResponse<String> without = get(server.baseUrl() + "/sample/crawl");

        assertThat(server.crawlUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/sample/crawl/");
        assertThat(withSlash.statusCode()).isEqualTo(200);
        assertThat(withSlash.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(withSlash.body()).isEqualTo(without.body())
                .isEqualTo(SampleCrawlSite.standard().respond("127.0.0.1:" + server.port(), "/sample/crawl").text());
        assertThat(get(server.baseUrl() + "/sample/crawl/films/3/").body())
                .isEqualTo(get(server.baseUrl() + "/sample/crawl/films/3").body());
    }

    @Test
    void robotsTxtFilesAndBrokenLinksAreServedWithTheirStatusAndType() {
        HttpResponse<String> robots = get(server.baseUrl() + "/robots.txt");
        HttpResponse<byte[]> poster = getBytes(server.baseUrl() + "/sample/crawl/files/poster.png");
        HttpResponse<String> broken = get(server.baseUrl() + "/sample/crawl/reviews");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.body()).isEqualTo(SampleCrawlSite.standard().robotsTxt());
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(poster.body()).isEqualTo(SampleCrawlSite.standard().respond("h", "/sample/crawl/files/poster.png").body());
        assertThat(broken.statusCode()).isEqualTo(404);
        assertThat(broken.body()).contains("Page not found");
        assertThat(get(server.moviesUrl()).statusCode()).as("the movie site is still there").isEqualTo(200);
    }

    @Test
    void theCrawlSiteOnlyServesPagesToRead() {
        HttpResponse<String> post = send(request(server.crawlUrl()).POST(BodyPublishers.ofString("x")));
        HttpResponse<String> head = send(request(server.crawlUrl()).method("HEAD", BodyPublishers.noBody()));

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(send(request(server.baseUrl() + "/robots.txt").DELETE()).statusCode()).isEqualTo(405);
        assertThat(send(request(server.baseUrl() + "/sample/crawl/nothing").POST(BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theLogKeepsEachCrawlRequestWithItsHostAndNothingOfTheMovieSite() {
        get(server.baseUrl() + "/robots.txt");
        get(server.crawlUrl() + "films/3/?sort=year");
        send(request(server.crawlUrl()).method("HEAD", BodyPublishers.noBody()));
        get(server.moviesUrl());

        String host = "127.0.0.1:" + server.port();
        assertThat(server.crawlRequests().snapshot()).containsExactly(
                new CrawlRequest("GET", host, "/robots.txt"),
                new CrawlRequest("GET", host, "/sample/crawl/films/3/?sort=year"),
                new CrawlRequest("HEAD", host, "/sample/crawl/"));

        server.crawlRequests().clear();
        assertThat(server.crawlRequests().snapshot()).isEmpty();
    }

    @Test
    void throughTheMirrorNameTheLinksPointBackToTheLoopbackAddressAndTheLogSaysSo() throws IOException {
        String mirror = "localhost:" + server.port();

        String page = rawGet("/sample/crawl/", mirror);

        assertThat(page).startsWith("HTTP/1.1 200")
                .contains("href=\"http://127.0.0.1:" + server.port() + "/sample/crawl/films/2\"")
                .contains("href=\"http://" + mirror + "/sample/crawl/studios\"");
        assertThat(server.crawlRequests().snapshot()).containsExactly(new CrawlRequest("GET", mirror, "/sample/crawl/"));
    }

    @Test
    void aCorrectCrawlerOverHttpFetchesEachExpectedPageOnceAndStaysOnItsHost() {
        String origin = server.baseUrl();
        ReferenceCrawler crawler = new ReferenceCrawler(origin, url -> {
            HttpResponse<String> response = get(url);
            return new ReferenceCrawler.Fetched(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        });
        // The whole site (depth 12): quick because LoopbackServer turns Nagle's algorithm off.
        CrawlExpectation expected = SampleCrawlSite.standard().reachable("/sample/crawl/", 12);

        assertThat(crawler.crawl("/sample/crawl/", 12)).containsExactlyElementsOf(expected.pages().values());

        List<CrawlRequest> requests = server.crawlRequests().snapshot();
        Map<String, Long> getsPerPath = requests.stream()
                .collect(Collectors.groupingBy(CrawlRequest::path, Collectors.counting()));
        assertThat(requests).allMatch(request -> request.method().equals("GET"))
                .allMatch(request -> request.host().equals("127.0.0.1:" + server.port()));
        assertThat(requests.get(0).path()).isEqualTo("/robots.txt");
        assertThat(getsPerPath).containsEntry("/robots.txt", 1L)
                .containsAllEntriesOf(expected.fetched().stream().collect(Collectors.toMap(Function.identity(), path -> 1L)))
                .hasSize(expected.fetched().size() + 1);
    }

    /** A request with a Host header of our choosing, which java.net.http does not let us set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    }

    private static HttpResponse<String> get(String url) {
        return send(request(url).GET());
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

    private static HttpResponse<byte[]> getBytes(String url) {
        try {
            return CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
