package workshop.movies;

import java.time.Duration;

/**
 * Downloads one page of the listing with jsoup, refusing what a scraper running inside a cloud account
 * must not read or cannot use.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https}: the URL comes from configuration and from the pages' own
 *       links, and a {@code file:} URL would read the function's own disk.</li>
 *   <li>A timeout (connect, and reading the whole answer): a server that never answers would otherwise
 *       hold the function until Lambda kills it, and nothing would be reported.</li>
 *   <li>A maximum body size. A page over the limit is a failure, never a page cut at the limit and
 *       parsed as if it were whole (that would lose the last movies without a word).</li>
 *   <li>HTTP errors (status 400 and up) and anything but HTML are failures with a reason, not pages.</li>
 * </ul>
 *
 * Every problem is returned as a failed {@link FetchedPage}, never thrown: one bad page must not cost
 * the movies read before it.
 */
public class PageFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final Duration timeout;
    private final int maxBodyBytes;

    public PageFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * @param timeout      positive (jsoup reads 0 as "no timeout at all")
     * @param maxBodyBytes at least 1
     * @throws IllegalArgumentException for a timeout or a size that is not positive (write this check too)
     */
    public PageFetcher(Duration timeout, int maxBodyBytes) {
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The page at {@code url}, or why it could not be read. Never throws. */
    public FetchedPage fetch(String url) {
        throw new UnsupportedOperationException(
                "Exercise 02: fetch one page safely - see exercises/02-follow-the-pages/README.md");
    }
}
