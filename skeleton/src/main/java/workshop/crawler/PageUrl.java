package workshop.crawler;

import java.util.Objects;

/**
 * The body of a {@value #TYPE} message: a page to fetch.
 *
 * @param url   the page's URL in canonical form ({@link UrlNormalizer})
 * @param depth how many links away from the run's start page (0 for the start page). Not the envelope's
 *              depth, which counts every hop: pageUrl, pageBody, pageUrl... is envelope depth 0, 1, 2
 * @param scope the run's hosts and depth limit
 */
public record PageUrl(String url, int depth, CrawlScope scope) {

    public static final String TYPE = "pageUrl";

    public PageUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scope, "scope");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
    }
}
