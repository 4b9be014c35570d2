package workshop.movies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link MovieListingParser} found on one page: its movies, the rows that were not movies, and the
 * next page; or, when the page holds no listing at all, why not.
 *
 * @param url          where the page was found
 * @param movies       the movies, in page order (empty when there is no listing)
 * @param rowProblems  the rows that could not become movies
 * @param nextPageUrl  the absolute URL of the {@code rel="next"} link, if there is one
 * @param pageProblem  why the page is not a listing, {@code null} when it is one
 * @param excerpt      the beginning of the page's text when it is not a listing, for the error table
 */
public record ParsedPage(String url, List<Movie> movies, List<RowProblem> rowProblems,
                         Optional<String> nextPageUrl, String pageProblem, String excerpt) {

    public ParsedPage {
        movies = List.copyOf(movies);
        rowProblems = List.copyOf(rowProblems);
        Objects.requireNonNull(nextPageUrl, "nextPageUrl");
    }

    public static ParsedPage listing(String url, List<Movie> movies, List<RowProblem> rowProblems,
                                     Optional<String> nextPageUrl) {
        return new ParsedPage(url, movies, rowProblems, nextPageUrl, null, "");
    }

    public static ParsedPage noListing(String url, String reason, String excerpt) {
        return new ParsedPage(url, List.of(), List.of(), Optional.empty(), Objects.requireNonNull(reason, "reason"),
                ErrorEntry.bounded(excerpt, ErrorEntry.EXCERPT_LIMIT));
    }

    public boolean hasListing() {
        return pageProblem == null;
    }
}
