package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error entries the scraper adds: rows that are not movies, movies that are not on the stream. */
class RowAndPublishErrorEntryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aRowEntryIsIdentifiedByItsPageAndNumberSoThatAReScrapeReplacesIt() {
        ErrorEntry first = ErrorEntry.forRow("http://site/p1", 3, "startYear is not a number: '19x4'", "tt1 19x4", NOW);
        ErrorEntry again = ErrorEntry.forRow("http://site/p1", 3, "startYear is not a number: '19x4'", "tt1 19x4", NOW.plusSeconds(60));

        assertThat(first.id()).isEqualTo("row#http://site/p1#3").isEqualTo(again.id());
        assertThat(first.kind()).isEqualTo(ErrorEntry.ROW);
        assertThat(first.details()).containsEntry("url", "http://site/p1").containsEntry("row", "3")
                .containsEntry("excerpt", "tt1 19x4");
    }

    @Test
    void aRowOfAPageWithAVeryLongUrlGetsADigestAndABoundedExcerpt() {
        String url = "http://site/p?" + "q".repeat(2_000);

        ErrorEntry entry = ErrorEntry.forRow(url, 1, "bad", "y".repeat(10_000), NOW);

        assertThat(entry.id()).matches("row#sha256:[0-9a-f]{64}#1");
        assertThat(entry.details().get("excerpt")).hasSize(ErrorEntry.EXCERPT_LIMIT + 1).endsWith("…");
        assertThat(entry.details()).containsEntry("url", url);
    }

    @Test
    void anUnpublishedMovieKeepsItsJsonToBeReplayed() {
        Movie movie = new Movie("tt0211915", "Amélie", "Le Fabuleux Destin d'Amélie Poulain", false, 2001, 122,
                List.of("Comedy", "Romance"));

        ErrorEntry entry = ErrorEntry.forUnpublished(movie, "InternalFailure", "not put on the stream: InternalFailure", NOW);

        assertThat(entry.id()).isEqualTo("publish#tt0211915");
        assertThat(entry.kind()).isEqualTo(ErrorEntry.PUBLISH);
        assertThat(entry.reason()).isEqualTo("not put on the stream: InternalFailure");
        assertThat(entry.details()).containsEntry("movieId", "tt0211915").containsEntry("errorCode", "InternalFailure");
        assertThat(MovieJson.fromJson(entry.details().get("payload"))).isEqualTo(movie);
    }
}
