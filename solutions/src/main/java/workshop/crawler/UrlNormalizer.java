package workshop.crawler;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
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
        return parseAbsolute(url).flatMap(UrlNormalizer::canonical);
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
        if (href == null) {
            return Optional.empty();
        }
        Optional<URI> baseUri = parseAbsolute(base);
        if (baseUri.isEmpty()) {
            return Optional.empty();
        }
        String reference = href.strip(); // browsers ignore the spaces around an attribute's value
        URI page = baseUri.get();
        if (reference.isEmpty() || reference.startsWith("#")) {
            return canonical(page); // the page itself
        }
        URI target;
        try {
            URI relative = new URI(reference);
            if (relative.getScheme() != null) {
                return canonical(relative); // already absolute: the base does not matter
            }
            if (reference.startsWith("?")) {
                // RFC 3986: same path, new query. java.net.URI (written to the older RFC 2396) would drop
                // the last path segment instead.
                target = new URI(page.getScheme() + "://" + page.getRawAuthority() + page.getRawPath() + reference);
            } else {
                target = withRootPath(page).resolve(relative);
            }
        } catch (URISyntaxException | IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        return canonical(target);
    }

    private static Optional<URI> parseAbsolute(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    private static Optional<String> canonical(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || uri.isOpaque()) {
            return Optional.empty(); // isOpaque: "http:example.com", no "//" and so no host
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && port != defaultPort(scheme)) {
            canonical.append(':').append(port);
        }
        canonical.append(path(uri.getRawPath()));
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return Optional.of(canonical.toString());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** The path without dot segments and without a trailing slash, {@code /} for an empty one. */
    private static String path(String rawPath) {
        String path = removeDotSegments(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * RFC 3986 §5.2.4 for an absolute path: {@code /a/./b/../c} is {@code /a/c}, and {@code ..} never
     * climbs above the root ({@code /../a} is {@code /a}). {@link URI#normalize()} keeps such a leading
     * {@code ..}, which is why this is done here.
     */
    static String removeDotSegments(String absolutePath) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = absolutePath.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals(".") || part.equals("..")) {
                if (part.equals("..") && !segments.isEmpty()) {
                    segments.removeLast();
                }
                if (last) {
                    segments.addLast(""); // "/a/b/.." is the directory "/a/", not the file "/a"
                }
            } else {
                segments.addLast(part);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** {@code http://host} as {@code http://host/}: java.net.URI resolves {@code b} against the first as {@code http://hostb}. */
    private static URI withRootPath(URI page) throws URISyntaxException {
        if (page.getRawPath() != null && !page.getRawPath().isEmpty()) {
            return page;
        }
        return new URI(page.getScheme() + "://" + page.getRawAuthority() + "/"
                + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
    }
}
