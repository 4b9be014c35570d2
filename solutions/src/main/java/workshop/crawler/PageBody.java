package workshop.crawler;

import java.util.Objects;

/**
 * The body of a {@value #TYPE} message: a page that was fetched, with its HTML, for the handlers that
 * read pages (links, title).
 *
 * @param url      the page's URL in canonical form: its key in the crawl pages table
 * @param location where the page was actually served from (after redirects, not normalised): relative
 *                 links on the page are resolved against it
 * @param depth    how many links away from the run's start page
 * @param scope    the run's hosts and depth limit
 * @param title    the page's {@code <title>}, empty when it has none
 * @param html     the page's HTML, at most {@link #MAX_HTML_BYTES} bytes in UTF-8
 */
public record PageBody(String url, String location, int depth, CrawlScope scope, String title, String html) {

    public static final String TYPE = "pageBody";

    /**
     * A Kinesis record holds at most 1 MiB. Half of it for the HTML leaves room for the envelope and for
     * JSON's escapes ({@code \"}, {@code \n}) inside the message.
     */
    public static final int MAX_HTML_BYTES = 512 * 1024;

    public PageBody {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(html, "html");
        title = title == null ? "" : title;
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
    }
}
