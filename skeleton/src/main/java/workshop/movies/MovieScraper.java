package workshop.movies;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Walks the movie listing from its first page along the {@code rel="next"} links, and collects the
 * movies and everything that went wrong on the way.
 *
 * <p>The walk is bounded twice: by a page limit, and by never reading a URL twice, so that a site
 * whose last page links back to the first (or to itself) ends the walk instead of looping until the
 * function times out. A page that cannot be fetched or holds no listing ends the walk too (its next
 * link is unknown) but keeps the movies of the pages before it. A bad row only costs that row.
 * Every problem becomes an {@link ErrorEntry} of the result ({@link ErrorEntry#forPage},
 * {@link ErrorEntry#forRow}), stamped with the clock's time.
 */
public class MovieScraper {

    public static final int DEFAULT_MAX_PAGES = 50;

    private final PageFetcher fetcher;
    private final MovieListingParser parser;
    private final int maxPages;
    private final Clock clock;
    private final Consumer<String> log;

    /**
     * @param maxPages at least 1
     * @param log      receives one line per page, as the walk goes: if the function is stopped half-way,
     *                 the log still shows how far it got
     * @throws IllegalArgumentException when maxPages is below 1 (write this check too)
     */
    public MovieScraper(PageFetcher fetcher, MovieListingParser parser, int maxPages, Clock clock, Consumer<String> log) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxPages = maxPages;
        this.clock = clock;
        this.log = log;
    }

    /** The movies of every page from {@code startUrl} on, the problems met, and why the walk stopped. */
    public ScrapeResult scrape(String startUrl) {
        throw new UnsupportedOperationException(
                "Exercise 02: walk the pages along rel=\"next\" - see exercises/02-follow-the-pages/README.md");
    }
}
