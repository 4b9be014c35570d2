package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MovieListingParserTest {

    private static final String PAGE_URL = "http://127.0.0.1:8080/listing/page1.html";

    private final MovieListingParser parser = new MovieListingParser();

    @Test
    void tableLayoutIsReadByFieldNameAmongUnrelatedMarkupWithCleanedValues() {
        ParsedPage page = parser.parse(fixture("table-messy.html"));

        assertThat(page.hasListing()).isTrue();
        assertThat(page.movies()).containsExactly(
                new Movie("tt0211915", "Amélie", "Le Fabuleux Destin d'Amélie Poulain", false, 2001, 122,
                        List.of("Comedy", "Romance")),
                new Movie("tt0245429", "Spirited Away", "千と千尋の神隠し", false, null, null, List.of()),
                new Movie("tt0054215", "Psycho & Co. (restored)", "Psycho", true, 1960, 109, List.of()));
        assertThat(page.rowProblems()).isEmpty();
    }

    @Test
    void relativeNextLinkIsResolvedAgainstThePageUrl() {
        ParsedPage page = parser.parse(fixture("table-messy.html"));

        assertThat(page.nextPageUrl()).contains("http://127.0.0.1:8080/listing/page2.html?sort=year");
    }

    @Test
    void cardsLayoutReadsTheValueNotTheLabelAndTheRowTextWhenThereIsNoValueSpan() {
        ParsedPage page = parser.parse(fixture("cards-messy.html"));

        assertThat(page.movies()).containsExactly(
                new Movie("tt0110413", "Léon: The Professional", "Léon", false, 1994, 110,
                        List.of("Action", "Crime", "Drama")),
                new Movie("tt12345678", "It’s rolling", "Ça « tourne »", true, null, null, List.of()));
        assertThat(page.rowProblems()).isEmpty();
    }

    @Test
    void nextIsFoundAmongOtherRelationsOfTheLink() {
        ParsedPage page = parser.parse(fixture("cards-messy.html"));

        assertThat(page.nextPageUrl()).contains("http://127.0.0.1:8080/b/page3.html");
    }

    @Test
    void badRowsAreReportedWithTheirNumberAndReasonWhileTheOtherRowsAreKept() {
        ParsedPage page = parser.parse(fixture("bad-rows.html"));

        assertThat(page.movies()).extracting(Movie::id).containsExactly("tt0000001", "tt0000006");
        assertThat(page.rowProblems()).extracting(RowProblem::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(page.rowProblems().get(0).reason()).isEqualTo("startYear is not a number: '19x4'");
        assertThat(page.rowProblems().get(0).excerpt()).contains("tt0000002", "Bad year", "19x4");
        assertThat(page.rowProblems().get(1).reason()).contains("nm0000003", "not a title id");
        assertThat(page.rowProblems().get(2).reason()).isEqualTo("isAdult is not 0 or 1: 'yes'");
        assertThat(page.rowProblems().get(3).reason()).isEqualTo("no originalTitle field");
        assertThat(page.nextPageUrl()).isEmpty();
    }

    @Test
    void aPageWithoutAnyListingIsAPageProblemWithAnExcerptOfItsText() {
        ParsedPage page = parser.parse(fixture("no-listing.html"));

        assertThat(page.hasListing()).isFalse();
        assertThat(page.pageProblem()).contains("no movie listing");
        assertThat(page.excerpt()).contains("Service temporarily unavailable.")
                .contains("The movie list will be back soon.");
        assertThat(page.movies()).isEmpty();
        // Its next link is not followed: a page that is not what it should be is not trusted for the rest.
        assertThat(page.nextPageUrl()).isEmpty();
    }

    @Test
    void theExcerptOfAHugePageIsBounded() {
        Document page = Jsoup.parse("<html><body><p>" + "word ".repeat(10_000) + "</p></body></html>", PAGE_URL);

        ParsedPage parsed = parser.parse(page);

        assertThat(parsed.hasListing()).isFalse();
        assertThat(parsed.excerpt()).hasSizeLessThanOrEqualTo(ErrorEntry.EXCERPT_LIMIT + 1);
    }

    @Test
    void anEmptyListingIsAListingWithNoMoviesNotAnError() {
        Document page = Jsoup.parse("<table class=movieTable><thead><tr><th>id</th></tr></thead><tbody></tbody></table>",
                PAGE_URL);

        ParsedPage parsed = parser.parse(page);

        assertThat(parsed.hasListing()).isTrue();
        assertThat(parsed.movies()).isEmpty();
        assertThat(parsed.rowProblems()).isEmpty();
    }

    @Test
    void rowsOfATableNestedInACellAreNotMovieRows() {
        Document page = Jsoup.parse("<table class=movieTable><tbody><tr>"
                + "<td class=id>tt0000001</td><td class=primaryTitle>Outer<table><tr><td class=id>tt0000002</td></tr></table></td>"
                + "<td class=originalTitle>Outer</td><td class=isAdult>0</td><td class=startYear>1999</td>"
                + "<td class=runtimeMinutes>90</td><td class=genres>Drama</td></tr></tbody></table>", PAGE_URL);

        ParsedPage parsed = parser.parse(page);

        assertThat(parsed.movies()).extracting(Movie::id).containsExactly("tt0000001");
        assertThat(parsed.rowProblems()).isEmpty();
    }

    private static Document fixture(String name) {
        try (InputStream html = MovieListingParserTest.class.getResourceAsStream("/movies/" + name)) {
            assertThat(html).as("fixture " + name).isNotNull();
            return Jsoup.parse(html, "UTF-8", PAGE_URL);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
