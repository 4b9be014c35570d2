package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import workshop.movies.FetchedPage;

class PageOutcomeTest {

    private static final String URL = "http://example.com/a";

    @Test
    void aBrokenLinkIsAFailureWithItsHttpStatus() {
        PageOutcome outcome = PageOutcome.ofFailedFetch(FetchedPage.failed(URL, "HTTP 404 Not Found", "Not Found"));

        assertThat(outcome).isEqualTo(new PageOutcome("failed", Optional.of(404), Optional.of("HTTP 404 Not Found")));
    }

    @Test
    void somethingOtherThanHtmlIsNotAFailure() {
        PageOutcome outcome = PageOutcome.ofFailedFetch(FetchedPage.failed(URL, "not an HTML page: content type image/png", ""));

        assertThat(outcome.status()).isEqualTo("notHtml");
        assertThat(outcome.httpStatus()).isEmpty();
    }

    @Test
    void aFailureWithoutAnAnswerHasNoHttpStatus() {
        PageOutcome outcome = PageOutcome.ofFailedFetch(FetchedPage.failed(URL, "timed out after 5000 ms", ""));

        assertThat(outcome).isEqualTo(new PageOutcome("failed", Optional.empty(), Optional.of("timed out after 5000 ms")));
    }
}
