package workshop.movies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the movie listing from its first page along the {@code rel="next"} links, and collects the
 * movies and everything that went wrong on the way.
 *
 * <p>The walk is bounded twice: by a page limit, and by never reading a URL twice, so that a site
 * whose last page links back to the first (or to itself) ends the walk instead of looping until the
 * function times out. A page that cannot be fetched or holds no listing ends the walk too (its next
 * link is unknown) but keeps the movies of the pages before it. A bad row only costs that row.
 */
public class MovieScraper {

    public static final int DEFAULT_MAX_PAGES = 50;

    private final PageFetcher fetcher;
    private final MovieListingParser parser;
    private final int maxPages;
    private final Clock clock;
    private final Consumer<String> log;

    /**
     * @param log receives one line per page, as the walk goes: if the function is stopped half-way, the
     *            log still shows how far it got
     */
    public MovieScraper(PageFetcher fetcher, MovieListingParser parser, int maxPages, Clock clock, Consumer<String> log) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxPages = maxPages;
        this.clock = clock;
        this.log = log;
    }

    public ScrapeResult scrape(String startUrl) {
        List<Movie> movies = new ArrayList<>();
        List<ErrorEntry> errors = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        int pagesRead = 0;
        String url = startUrl;

        for (int pageNumber = 1; pageNumber <= maxPages; pageNumber++) {
            visited.add(withoutFragment(url));
            FetchedPage fetched = fetcher.fetch(url);
            if (!fetched.succeeded()) {
                errors.add(ErrorEntry.forPage(url, fetched.failure(), fetched.excerpt(), clock.instant()));
                log.accept("page " + pageNumber + " " + url + ": not read, " + fetched.failure());
                return new ScrapeResult(startUrl, pagesRead, movies, errors, "page " + url + " could not be fetched");
            }
            // After a redirect the page lives at another URL: a link back to that one is a cycle too.
            visited.add(withoutFragment(fetched.document().location()));

            ParsedPage page = parser.parse(fetched.document());
            if (!page.hasListing()) {
                errors.add(ErrorEntry.forPage(url, page.pageProblem(), page.excerpt(), clock.instant()));
                log.accept("page " + pageNumber + " " + url + ": not read, " + page.pageProblem());
                return new ScrapeResult(startUrl, pagesRead, movies, errors, "page " + url + " holds no listing");
            }
            pagesRead++;
            movies.addAll(page.movies());
            for (RowProblem problem : page.rowProblems()) {
                errors.add(ErrorEntry.forRow(url, problem.rowNumber(), problem.reason(), problem.excerpt(), clock.instant()));
            }
            Optional<String> next = page.nextPageUrl();
            log.accept("page " + pageNumber + " " + url + ": " + page.movies().size() + " movies, "
                    + page.rowProblems().size() + " bad rows" + next.map(link -> ", next " + link).orElse(", last page"));

            if (next.isEmpty()) {
                return new ScrapeResult(startUrl, pagesRead, movies, errors, "last page");
            }
            if (visited.contains(withoutFragment(next.get()))) {
                log.accept("stopping: " + next.get() + " was already read (the pages link in a cycle)");
                return new ScrapeResult(startUrl, pagesRead, movies, errors, "cycle: " + next.get() + " was already read");
            }
            url = next.get();
        }
        log.accept("stopping: page limit of " + maxPages + " reached, " + url + " not read");
        return new ScrapeResult(startUrl, pagesRead, movies, errors,
                "page limit of " + maxPages + " reached, " + url + " not read");
    }

    /** {@code page2#top} and {@code page2} are the same page. */
    private static String withoutFragment(String url) {
        int fragment = url.indexOf('#');
        return fragment < 0 ? url : url.substring(0, fragment);
    }
}
