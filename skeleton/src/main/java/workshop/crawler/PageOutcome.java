package workshop.crawler;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.movies.FetchedPage;

/**
 * What became of a page the crawler claimed, as the crawl pages table records it and
 * {@code GET /crawl/stats} counts it.
 *
 * @param status     {@value #FETCHED}, {@value #FAILED}, {@value #NOT_HTML} or {@value #ROBOTS}
 * @param httpStatus the server's status when the fetch failed with one (404...), empty otherwise
 * @param reason     why the page was not fetched, empty when it was
 */
public record PageOutcome(String status, Optional<Integer> httpStatus, Optional<String> reason) {

    /** Claimed, with no outcome yet: being fetched, or its handler failed and will run again. */
    public static final String CLAIMED = "claimed";
    public static final String FETCHED = "fetched";
    public static final String FAILED = "failed";
    public static final String NOT_HTML = "notHtml";
    public static final String ROBOTS = "robots";

    /** How {@link workshop.movies.PageFetcher} words an HTTP error: "HTTP 404 Not Found". */
    private static final Pattern HTTP_ERROR = Pattern.compile("HTTP (\\d{3})\\b.*");
    private static final String NOT_HTML_REASON = "not an HTML page";

    public PageOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(reason, "reason");
    }

    public static PageOutcome fetched() {
        return new PageOutcome(FETCHED, Optional.empty(), Optional.empty());
    }

    public static PageOutcome robots() {
        return new PageOutcome(ROBOTS, Optional.empty(), Optional.of("disallowed by robots.txt"));
    }

    public static PageOutcome failed(String reason) {
        return new PageOutcome(FAILED, Optional.empty(), Optional.of(reason));
    }

    /**
     * The outcome of a fetch that gave no page: a failure with the HTTP status when the server answered
     * with an error (a broken link is a 404 failure), {@value #NOT_HTML} when it answered with something
     * other than HTML (an image, a PDF: not an error, just nothing to crawl).
     */
    public static PageOutcome ofFailedFetch(FetchedPage page) {
        String failure = page.failure();
        if (failure.startsWith(NOT_HTML_REASON)) {
            return new PageOutcome(NOT_HTML, Optional.empty(), Optional.of(failure));
        }
        Matcher httpError = HTTP_ERROR.matcher(failure);
        Optional<Integer> status = httpError.matches() ? Optional.of(Integer.parseInt(httpError.group(1))) : Optional.empty();
        return new PageOutcome(FAILED, status, Optional.of(failure));
    }
}
