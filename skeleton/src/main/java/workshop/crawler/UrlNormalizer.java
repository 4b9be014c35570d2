package workshop.crawler;

import java.util.Optional;
import java.util.Set;

/**
 * Turns the many spellings of one web page into one string, so that the crawler can tell it has seen
 * a page before: {@code HTTP://Example.com:80/a/./b/#top} and {@code http://example.com/a/b} are the
 * same page, and the crawl pages table must hold it once.
 *
 * <p>The canonical form of an absolute {@code http} or {@code https} URL:
 * <ul>
 *   <li>scheme and host in lower case (both are case-insensitive, RFC 3986 §6.2.2.1);</li>
 *   <li>no port when it is the scheme's default (80 for http, 443 for https);</li>
 *   <li>no fragment: {@code #section} is read by the browser, the server never sees it;</li>
 *   <li>an empty path becomes {@code /}; dot segments ({@code .}, {@code ..}) are removed as
 *       RFC 3986 §5.2.4 says;</li>
 *   <li>no trailing slash on a path other than {@code /}: {@code /a/b/} becomes {@code /a/b}. Servers
 *       may answer the two differently, but the sites a workshop crawls do not, and counting both would
 *       fetch every directory page twice;</li>
 *   <li>the query exactly as written (its order and encoding can matter to the server), but no empty
 *       {@code ?}.</li>
 * </ul>
 *
 * <p>Everything else is refused (an empty {@link Optional}): other schemes ({@code mailto:},
 * {@code javascript:}, {@code data:}, {@code ftp:}, {@code file:}...), relative references, URLs without
 * a host, URLs with user info ({@code http://user:password@host/} would put a password in the pages
 * table and the logs), and text that is not a URL at all.
 */
public final class UrlNormalizer {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private UrlNormalizer() {
    }

    /** The canonical form of {@code url}, empty when it is not an absolute http or https URL the crawler may follow. */
    public static Optional<String> normalize(String url) {
        throw new UnsupportedOperationException(
                "Exercise 15: the canonical form of a URL - see exercises/15-follow-the-links/README.md");
    }

    /**
     * Resolves a link found on a page against the page's URL (RFC 3986 §5.2) and normalises the result.
     *
     * <p>{@code base} must be the URL the page was <em>served</em> from, not its normalised form: on
     * {@code http://h/docs/} a link {@code intro} means {@code http://h/docs/intro}, while against the
     * normalised {@code http://h/docs} it would mean {@code http://h/intro}.
     *
     * @param base the page's own URL, absolute http or https
     * @param href the link as written in the page ({@code a/b}, {@code ../c}, {@code //host/d}, {@code ?q}, an absolute URL...)
     * @return the canonical URL the link points to, empty when the link is one the crawler does not follow
     *         (see {@link UrlNormalizer}) or the base is not a web page's URL
     */
    public static Optional<String> resolve(String base, String href) {
        throw new UnsupportedOperationException(
                "Exercise 15: resolve a link against its page - see exercises/15-follow-the-links/README.md");
    }

    /**
     * RFC 3986 §5.2.4 for an absolute path: {@code /a/./b/../c} is {@code /a/c}, {@code /a/b/..} is the
     * directory {@code /a/}, and {@code ..} never climbs above the root ({@code /../a} is {@code /a}).
     * ({@link java.net.URI#normalize()} keeps such a leading {@code ..}.)
     */
    static String removeDotSegments(String absolutePath) {
        throw new UnsupportedOperationException(
                "Exercise 15: remove the dot segments of a path - see exercises/15-follow-the-links/README.md");
    }
}
