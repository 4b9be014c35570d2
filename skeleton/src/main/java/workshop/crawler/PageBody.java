package workshop.crawler;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
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

    /** The most HTML a page may have: half of the 1 MiB a Kinesis record holds. */
    public static final int MAX_HTML_BYTES = 512 * 1024;

    /**
     * The most this body may take as JSON: a Kinesis record holds 1 MiB, and the envelope and message
     * type need far less than the 64 KiB left. Checked besides {@link #MAX_HTML_BYTES} because JSON
     * escapes grow the HTML: {@code "} is written {@code \"}, and Gson by default writes {@code <},
     * {@code >}, {@code &}, {@code =} and {@code '} as six characters ({@code \u003c}). The router's codec
     * turns that HTML escaping off, so the size measured here is an upper bound of the message's.
     */
    public static final int MAX_JSON_BYTES = 960 * 1024;

    /** Gson as configured by default: its escaping is the most any Gson writes, so the size is a safe bound. */
    private static final Gson DEFAULT_GSON = new Gson();

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

    /** The size of this body written as JSON, the most it can take in a message (see {@link #MAX_JSON_BYTES}). */
    public int jsonBytes() {
        return DEFAULT_GSON.toJson(this).getBytes(StandardCharsets.UTF_8).length;
    }
}
