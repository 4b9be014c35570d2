package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFetcherTest {

    private static final int LIMIT = 1_000;

    private final FixtureSite site = FixtureSite.start();
    private final PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(5), LIMIT);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void anHtmlPageIsFetchedAndParsedWithItsCharset() {
        site.page("/movies.html", "<html><body><p class=t>千と千尋の神隠し &amp; Amélie</p></body></html>");

        FetchedPage fetched = fetcher.fetch(site.url("/movies.html"));

        assertThat(fetched.succeeded()).isTrue();
        assertThat(fetched.failure()).isNull();
        assertThat(fetched.document().selectFirst("p.t").text()).isEqualTo("千と千尋の神隠し & Amélie");
        assertThat(fetched.document().location()).isEqualTo(site.url("/movies.html"));
    }

    @Test
    void afterARedirectThePageKnowsWhereItWasFoundSoThatItsRelativeLinksResolveThere() {
        site.redirect("/start", "/listing/page1.html")
                .page("/listing/page1.html", "<a rel=next href=page2.html>next</a>");

        FetchedPage fetched = fetcher.fetch(site.url("/start"));

        assertThat(fetched.url()).isEqualTo(site.url("/start"));
        assertThat(fetched.document().location()).isEqualTo(site.url("/listing/page1.html"));
        assertThat(fetched.document().selectFirst("a").absUrl("href")).isEqualTo(site.url("/listing/page2.html"));
    }

    @Test
    void anHttpErrorIsAFailureWithTheStatusAndTheErrorPagesText() {
        FetchedPage fetched = fetcher.fetch(site.url("/missing.html"));

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).startsWith("HTTP 404");
        assertThat(fetched.excerpt()).isEqualTo("Not Found No page at this address.");
    }

    @Test
    void aServerErrorIsAFailureToo() {
        site.respond("/broken", 503, "text/plain", "try later".getBytes(StandardCharsets.UTF_8));

        FetchedPage fetched = fetcher.fetch(site.url("/broken"));

        assertThat(fetched.failure()).startsWith("HTTP 503");
        assertThat(fetched.excerpt()).isEqualTo("try later");
    }

    @Test
    void aPageOverTheLimitIsRefusedInsteadOfBeingReadCutShort() {
        site.page("/big.html", "<p>" + "x".repeat(LIMIT - 6) + "</p>");   // LIMIT + 1 bytes

        FetchedPage fetched = fetcher.fetch(site.url("/big.html"));

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).isEqualTo("page larger than the limit of 1000 bytes");
        assertThat(fetched.excerpt()).startsWith("xxx").hasSizeLessThanOrEqualTo(ErrorEntry.EXCERPT_LIMIT + 1);
    }

    @Test
    void aPageOfExactlyTheLimitIsRead() {
        site.page("/full.html", "<p>" + "x".repeat(LIMIT - 7) + "</p>");   // LIMIT bytes

        FetchedPage fetched = fetcher.fetch(site.url("/full.html"));

        assertThat(fetched.succeeded()).isTrue();
        assertThat(fetched.document().text()).hasSize(LIMIT - 7);
    }

    @Test
    void somethingElseThanHtmlIsAFailureNamingItsContentType() {
        site.respond("/movies.json", 200, "application/json", "{\"movies\":[]}".getBytes(StandardCharsets.UTF_8));

        FetchedPage fetched = fetcher.fetch(site.url("/movies.json"));

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).isEqualTo("not an HTML page: content type application/json");
        assertThat(fetched.excerpt()).isEqualTo("{\"movies\":[]}");
    }

    @Test
    void xhtmlIsHtml() {
        site.respond("/page.xhtml", 200, "application/xhtml+xml; charset=UTF-8",
                "<html><body><p>ok</p></body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(site.url("/page.xhtml")).succeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/movies.html", "jar:file:/tmp/x.jar!/a.html",
            "javascript:alert(1)", "127.0.0.1/movies.html"})
    void onlyHttpAndHttpsAreFetched(String url) {
        FetchedPage fetched = fetcher.fetch(url);

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).startsWith("refused: only http and https URLs are fetched");
        assertThat(site.totalHits()).isZero();
    }

    @Test
    void aUrlThatIsNotOneIsRefused() {
        assertThat(fetcher.fetch("http://127.0.0.1:1/a b").failure()).startsWith("refused: not a URL");
        assertThat(fetcher.fetch("").failure()).isEqualTo("refused: no URL");
        assertThat(fetcher.fetch("http:///nohost").failure()).isEqualTo("refused: the URL has no host");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAFailureAfterTheTimeout() {
        site.hang("/slow.html");
        PageFetcher impatient = new PageFetcher(Duration.ofMillis(300), LIMIT);

        long start = System.nanoTime();
        FetchedPage fetched = impatient.fetch(site.url("/slow.html"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).isEqualTo("timed out after 300 ms");
        assertThat(waited).isLessThan(Duration.ofSeconds(10));
        assertThat(site.hits("/slow.html")).isEqualTo(1);
    }

    @Test
    void nobodyListeningIsAFailureNotAnException() {
        FetchedPage fetched = fetcher.fetch("http://127.0.0.1:1/movies.html");

        assertThat(fetched.succeeded()).isFalse();
        assertThat(fetched.failure()).startsWith("could not fetch the page: ");
    }

    @Test
    void limitsMustBeUsable() {
        assertThatThrownBy(() -> new PageFetcher(Duration.ZERO, LIMIT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageFetcher(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
