package workshop.localcloud.samples;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import workshop.localcloud.samples.CrawlExpectation.ExpectedPage;
import workshop.localcloud.samples.CrawlExpectation.Outcome;

/**
 * A small crawler written from the contract in {@link CrawlExpectation}, reading the site's HTML and
 * robots.txt as a real crawler does: the tests check that what it claims is what
 * {@link SampleCrawlSite#reachable} computes from the link graph, so the two cannot drift apart.
 */
final class ReferenceCrawler {

    /** Fetches a URL: over HTTP, or straight from the site. */
    interface Fetcher {
        Fetched get(String url);
    }

    record Fetched(int status, String contentType, String body) {
    }

    private record Queued(String url, int depth) {
    }

    private final String origin;
    private final Fetcher fetcher;

    /** @param origin e.g. {@code http://127.0.0.1:3000}: the only allowed host */
    ReferenceCrawler(String origin, Fetcher fetcher) {
        this.origin = origin;
        this.fetcher = fetcher;
    }

    /** A fetcher that asks the site directly, as if the request named {@code host}. */
    static Fetcher direct(SampleCrawlSite site, String host) {
        return url -> {
            CrawlSiteResponse response = site.respond(host, URI.create(url).getRawPath());
            return new Fetched(response.status(), response.contentType(), response.text());
        };
    }

    /** The pages claimed, in claim order, from {@code startPath} to {@code maxDepth}. */
    List<ExpectedPage> crawl(String startPath, int maxDepth) {
        List<String[]> rules = robotsRules(fetcher.get(origin + "/robots.txt").body());
        List<ExpectedPage> claimed = new ArrayList<>();
        String start = normalise(origin + startPath);
        Set<String> seen = new HashSet<>(Set.of(start));
        Queue<Queued> queue = new ArrayDeque<>(List.of(new Queued(start, 0)));
        while (!queue.isEmpty()) {
            Queued next = queue.remove();
            String url = next.url();
            int depth = next.depth();
            String path = URI.create(url).getRawPath();
            if (!allowed(rules, path)) {
                claimed.add(new ExpectedPage(path, depth, Outcome.ROBOTS_EXCLUDED));
                continue;
            }
            Fetched page = fetcher.get(url);
            boolean html = page.contentType().startsWith("text/html");
            Outcome outcome = page.status() == 404 ? Outcome.NOT_FOUND : html ? Outcome.HTML : Outcome.NOT_HTML;
            claimed.add(new ExpectedPage(path, depth, outcome));
            if (outcome != Outcome.HTML || depth == maxDepth) {
                continue;
            }
            for (String link : links(page.body(), url)) {
                if (seen.add(link)) {
                    queue.add(new Queued(link, depth + 1));
                }
            }
        }
        return claimed;
    }

    /** The page's links on the allowed host, normalised, without duplicates, in order. */
    private Set<String> links(String html, String pageUrl) {
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : Jsoup.parse(html, pageUrl).select("a[href]")) {
            String absolute = anchor.absUrl("href");
            if (absolute.startsWith("http://") || absolute.startsWith("https://")) {
                String normalised = normalise(absolute);
                if (normalised.startsWith(origin + "/")) {
                    links.add(normalised);
                }
            }
        }
        return links;
    }

    /** Without the fragment, without one trailing slash. */
    static String normalise(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath().length() > 1 && uri.getRawPath().endsWith("/")
                ? uri.getRawPath().substring(0, uri.getRawPath().length() - 1)
                : uri.getRawPath();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The {@code Allow}/{@code Disallow} lines of the {@code User-agent: *} group: {kind, prefix}. */
    private static List<String[]> robotsRules(String robotsTxt) {
        List<String[]> rules = new ArrayList<>();
        boolean inStarGroup = false;
        for (String line : robotsTxt.split("\n")) {
            String content = line.replaceFirst("#.*", "").trim();
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = content.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = content.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                inStarGroup = value.equals("*");
            } else if (inStarGroup && (key.equals("allow") || key.equals("disallow")) && !value.isEmpty()) {
                rules.add(new String[] {key, value});
            }
        }
        return rules;
    }

    /** RFC 9309: the longest matching rule wins, allow on a tie; no match allows. */
    private static boolean allowed(List<String[]> rules, String path) {
        int longest = -1;
        boolean allow = true;
        for (String[] rule : rules) {
            if (path.startsWith(rule[1])) {
                boolean isAllow = rule[0].equals("allow");
                if (rule[1].length() > longest || (rule[1].length() == longest && isAllow)) {
                    longest = rule[1].length();
                    allow = isAllow;
                }
            }
        }
        return allow;
    }
}
