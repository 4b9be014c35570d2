package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MovieScraperTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final FixtureSite site = FixtureSite.start();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void followsNextLinksToTheLastPageAndKeepsTheMoviesInPageOrder() {
        site.page("/movies/", ListingHtml.page("page2.html", ListingHtml.row("tt0000001"), ListingHtml.row("tt0000002")))
                .page("/movies/page2.html", ListingHtml.page("/movies/page3.html?from=4", ListingHtml.row("tt0000003")))
                .page("/movies/page3.html?from=4", ListingHtml.page(null, ListingHtml.row("tt0000004")));

        ScrapeResult result = scraper(50).scrape(site.url("/movies/"));

        assertThat(result.pagesRead()).isEqualTo(3);
        assertThat(result.movies()).extracting(Movie::id)
                .containsExactly("tt0000001", "tt0000002", "tt0000003", "tt0000004");
        assertThat(result.errors()).isEmpty();
        assertThat(result.stoppedBecause()).isEqualTo("last page");
        assertThat(result.nothingRead()).isFalse();
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).isEqualTo("page 1 " + site.url("/movies/") + ": 2 movies, 0 bad rows, next "
                + site.url("/movies/page2.html"));
        assertThat(log.get(2)).endsWith("1 movies, 0 bad rows, last page");
    }

    @Test
    void aCycleEndsTheWalkAndNoPageIsReadTwice() {
        site.page("/p1", ListingHtml.page("/p2", ListingHtml.row("tt0000001")))
                .page("/p2", ListingHtml.page("/p3", ListingHtml.row("tt0000002")))
                .page("/p3", ListingHtml.page("/p1#top", ListingHtml.row("tt0000003")));

        ScrapeResult result = scraper(50).scrape(site.url("/p1"));

        assertThat(result.pagesRead()).isEqualTo(3);
        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001", "tt0000002", "tt0000003");
        assertThat(result.stoppedBecause()).isEqualTo("cycle: " + site.url("/p1#top") + " was already read");
        assertThat(List.of(site.hits("/p1"), site.hits("/p2"), site.hits("/p3"))).containsOnly(1);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aPageLinkingToItselfIsReadOnce() {
        site.page("/only", ListingHtml.page("/only", ListingHtml.row("tt0000001")));

        ScrapeResult result = scraper(50).scrape(site.url("/only"));

        assertThat(result.movies()).hasSize(1);
        assertThat(site.hits("/only")).isEqualTo(1);
    }

    @Test
    void aRedirectedPageIsRecognisedUnderItsNewAddressToo() {
        site.redirect("/start", "/list/1")
                .page("/list/1", ListingHtml.page("/list/2", ListingHtml.row("tt0000001")))
                .page("/list/2", ListingHtml.page("/list/1", ListingHtml.row("tt0000002")));

        ScrapeResult result = scraper(50).scrape(site.url("/start"));

        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001", "tt0000002");
        assertThat(site.hits("/list/1")).isEqualTo(1);
    }

    @Test
    void thePageLimitStopsTheWalkBeforeFetchingMore() {
        for (int page = 1; page <= 5; page++) {
            site.page("/p" + page, ListingHtml.page("/p" + (page + 1), ListingHtml.row("tt000000" + page)));
        }

        ScrapeResult result = scraper(2).scrape(site.url("/p1"));

        assertThat(result.pagesRead()).isEqualTo(2);
        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001", "tt0000002");
        assertThat(site.hits("/p3")).isZero();
        assertThat(result.stoppedBecause()).isEqualTo("page limit of 2 reached, " + site.url("/p3") + " not read");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aPageThatCannotBeFetchedEndsTheWalkButKeepsWhatWasReadBefore() {
        site.page("/p1", ListingHtml.page("/p2", ListingHtml.row("tt0000001")));   // /p2 is not there: 404

        ScrapeResult result = scraper(50).scrape(site.url("/p1"));

        assertThat(result.pagesRead()).isEqualTo(1);
        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo("page#" + site.url("/p2"));
            assertThat(error.kind()).isEqualTo(ErrorEntry.PAGE);
            assertThat(error.reason()).startsWith("HTTP 404");
            assertThat(error.details()).containsEntry("url", site.url("/p2"))
                    .containsEntry("excerpt", "Not Found No page at this address.");
            assertThat(error.time()).isEqualTo(NOW);
        });
        assertThat(result.stoppedBecause()).isEqualTo("page " + site.url("/p2") + " could not be fetched");
        assertThat(log.get(1)).isEqualTo("page 2 " + site.url("/p2") + ": not read, HTTP 404 Not Found");
    }

    @Test
    void aPageWithoutListingIsAPageErrorAndItsLinksAreNotFollowed() {
        site.page("/p1", ListingHtml.page("/p2", ListingHtml.row("tt0000001")))
                .page("/p2", "<html><body><p>Down for maintenance</p><a rel=next href=/p3>next</a></body></html>")
                .page("/p3", ListingHtml.page(null, ListingHtml.row("tt0000003")));

        ScrapeResult result = scraper(50).scrape(site.url("/p1"));

        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ErrorEntry.PAGE);
            assertThat(error.reason()).contains("no movie listing");
            assertThat(error.details()).containsEntry("excerpt", "Down for maintenance next");
        });
        assertThat(site.hits("/p3")).isZero();
    }

    @Test
    void badRowsBecomeRowErrorsWhileTheWalkGoesOn() {
        site.page("/p1", ListingHtml.page("/p2", ListingHtml.row("tt0000001"), ListingHtml.row("tt0000002", "19x4")))
                .page("/p2", ListingHtml.page(null, ListingHtml.row("tt0000003")));

        ScrapeResult result = scraper(50).scrape(site.url("/p1"));

        assertThat(result.pagesRead()).isEqualTo(2);
        assertThat(result.movies()).extracting(Movie::id).containsExactly("tt0000001", "tt0000003");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo("row#" + site.url("/p1") + "#2");
            assertThat(error.kind()).isEqualTo(ErrorEntry.ROW);
            assertThat(error.reason()).isEqualTo("startYear is not a number: '19x4'");
            assertThat(error.details()).containsEntry("row", "2").containsEntry("url", site.url("/p1"));
        });
        assertThat(log.get(0)).contains("1 movies, 1 bad rows");
    }

    @Test
    void whenTheFirstPageFailsNothingIsReadAndTheReasonIsKept() {
        site.respond("/p1", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        ScrapeResult result = scraper(50).scrape(site.url("/p1"));

        assertThat(result.nothingRead()).isTrue();
        assertThat(result.movies()).isEmpty();
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).isEqualTo("not an HTML page: content type application/pdf"));
    }

    @Test
    void aTimeoutIsAPageErrorLikeAnyOther() {
        site.page("/p1", ListingHtml.page("/slow", ListingHtml.row("tt0000001"))).hang("/slow");
        // The first request of a cold JVM on a busy machine can take over a second (class loading, the
        // server's first thread): one request first, with no hurry, so that only /slow is slow below.
        assertThat(new PageFetcher().fetch(site.url("/p1")).succeeded()).isTrue();
        MovieScraper impatient = new MovieScraper(new PageFetcher(Duration.ofSeconds(1), 100_000),
                new MovieListingParser(), 50, Clock.fixed(NOW, ZoneOffset.UTC), log::add);

        ScrapeResult result = impatient.scrape(site.url("/p1"));

        assertThat(result.movies()).as(String.join("\n", log)).hasSize(1);
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).isEqualTo("timed out after 1000 ms"));
    }

    @Test
    void aStartUrlThatIsNotHttpIsRefusedWithoutReadingAnything() {
        ScrapeResult result = scraper(50).scrape("file:///etc/passwd");

        assertThat(result.nothingRead()).isTrue();
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).startsWith("refused: only http and https"));
    }

    @Test
    void thePageLimitIsAtLeastOne() {
        assertThatThrownBy(() -> scraper(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private MovieScraper scraper(int maxPages) {
        return new MovieScraper(new PageFetcher(), new MovieListingParser(), maxPages,
                Clock.fixed(NOW, ZoneOffset.UTC), log::add);
    }
}
