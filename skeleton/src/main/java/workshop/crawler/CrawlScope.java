package workshop.crawler;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a crawl may go: the hosts it may fetch from and how many links away from the start page.
 * Every crawler message carries its run's scope, so a handler decides from the message alone, without
 * reading the run's settings from a table.
 *
 * @param allowedHosts host names in lower case, without scheme or port ({@code 127.0.0.1},
 *                     {@code example.com}); a URL is in scope when its host is one of them, whatever its
 *                     port (the sample site and its links use port 3000, a real site 80 and 443)
 * @param maxDepth     how many links from the start page the crawl follows: 0 fetches the start page only
 */
public record CrawlScope(List<String> allowedHosts, int maxDepth) {

    /**
     * The deepest crawl the API accepts: enough for the sample site's longest chain (12 links). A page at
     * link depth d travels at envelope depth 2d or 2d + 1 (pageUrl, then pageBody), which keeps a crawl
     * well under the router's guard ({@link workshop.router.MessageRouter#MAX_DEPTH}).
     */
    public static final int MAX_DEPTH = 20;

    /** A DNS name or an IPv4 address ({@code [a-z0-9.-]}), or an IPv6 literal in brackets as URLs write it. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?|\\[[0-9a-f:.]+]");

    public CrawlScope {
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        if (allowedHosts.isEmpty()) {
            throw new IllegalArgumentException("allowedHosts must name at least one host");
        }
        allowedHosts = allowedHosts.stream().map(CrawlScope::validHost).distinct().toList();
        if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be from 0 to " + MAX_DEPTH + ", got " + maxDepth);
        }
    }

    /** Whether {@code url}'s host is one of the allowed hosts (its scheme and port do not matter). */
    public boolean allows(String url) {
        if (url == null) {
            return false;
        }
        try {
            String host = new URI(url.strip()).getHost();
            return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    /** Whether a page {@code depth} links away from the start page is still fetched. */
    public boolean allowsDepth(int depth) {
        return depth >= 0 && depth <= maxDepth;
    }

    private static String validHost(String host) {
        if (host == null) {
            throw new IllegalArgumentException("allowedHosts must not contain null");
        }
        String lowerCase = host.strip().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(lowerCase).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name: write it without scheme, port or path, e.g. 127.0.0.1");
        }
        return lowerCase;
    }
}
