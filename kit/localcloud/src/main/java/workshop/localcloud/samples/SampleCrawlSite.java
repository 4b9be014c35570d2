package workshop.localcloud.samples;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import workshop.localcloud.samples.CrawlExpectation.ExpectedPage;
import workshop.localcloud.samples.CrawlExpectation.Outcome;

/**
 * The sample site to crawl: {@value #PAGE_COUNT} linked pages of invented films, people, studios and
 * genres under {@code /sample/crawl/}, with every trap a crawler meets on the web: cycles, one page
 * under many spellings, links to other hosts and other schemes, broken links, files that are not
 * HTML, a robots.txt exclusion, a deep chain, and pages nobody links to. The local cloud serves it
 * on its API port (start page {@code http://127.0.0.1:3000/sample/crawl/}); {@link SampleSiteServer}
 * serves it alone for tests.
 *
 * <table>
 *   <caption>Addresses</caption>
 *   <tr><th>Path</th><th>Page</th></tr>
 *   <tr><td>{@code /sample/crawl}, {@code /sample/crawl/}</td><td>the home page: the crawler's start</td></tr>
 *   <tr><td>{@code /sample/crawl/films}, {@code /films/1} &hellip; {@code /films/140}</td><td>an index
 *       of the 8 latest films; each film links the previous and the next one</td></tr>
 *   <tr><td>{@code /sample/crawl/people}, {@code /people/1} &hellip; {@code /people/90}</td><td>people,
 *       linked from the films they made and to each other</td></tr>
 *   <tr><td>{@code /sample/crawl/studios}, {@code /studios/1} &hellip; {@code /studios/20}</td><td>studios</td></tr>
 *   <tr><td>{@code /sample/crawl/genres}, {@code /genres/1} &hellip; {@code /genres/12}</td><td>genres</td></tr>
 *   <tr><td>{@code /sample/crawl/archive}, {@code /archive/1} &hellip; {@code /archive/10}</td><td>a chain:
 *       issue k is k + 1 links from home; issue 10 links to issue 11, which is not out (404)</td></tr>
 *   <tr><td>{@code /sample/crawl/private}, {@code /private/1} &hellip; {@code /private/5}</td><td>200, but
 *       disallowed by robots.txt; they alone link to {@code /sample/crawl/secret/1} &hellip; {@code 3}</td></tr>
 *   <tr><td>{@code /sample/crawl/private/press}</td><td>the press kit: allowed again by robots.txt</td></tr>
 *   <tr><td>{@code /sample/crawl/drafts/1} &hellip; {@code 4}</td><td>200, linked from no page</td></tr>
 *   <tr><td>{@code /sample/crawl/files/notes.txt}, {@code /files/poster.png}</td><td>a text file, an image</td></tr>
 *   <tr><td>{@code /robots.txt}</td><td>the rules ({@link #robotsTxt()}), at the root of the host</td></tr>
 *   <tr><td>anything else under {@code /sample/crawl/}</td><td>404, an HTML page linking home only</td></tr>
 * </table>
 *
 * <p><b>Trailing slashes:</b> a page answers with and without one, the same bytes ({@code /films/3/}
 * is {@code /films/3}); there is no redirect. Relative links are written for the canonical URL, the
 * one without the slash, which is what a crawler that normalises URLs fetches. A query string is
 * ignored: {@code /films/3?x=1} is {@code /films/3} (no link on the site has one).
 *
 * <p><b>The host:</b> a page's absolute links name the host the request named ({@code Host} header),
 * and its mirror links the other loopback name with the same port: from {@code 127.0.0.1:3000},
 * {@code http://localhost:3000/...}, and the other way round. A crawler that leaves its allowed host
 * really requests the mirror, and the {@link CrawlRequestLog} shows it.
 *
 * <p>The site is a pure function of the host and the path. {@link #reachable} works out what a
 * correct crawl fetches from the site's link graph, without reading HTML.
 */
public final class SampleCrawlSite {

    /** Everything under this path belongs to the site. */
    public static final String ROOT_PATH = "/sample/crawl/";
    /** The home page's canonical path (without the trailing slash). */
    public static final String HOME_PATH = CrawlSiteMap.HOME;
    /** robots.txt lives at the root of a host, not under the site. */
    public static final String ROBOTS_PATH = "/robots.txt";
    /** How many pages and files the site has: every {@linkplain #paths() path} answers 200. */
    public static final int PAGE_COUNT = 294;

    static final String HTML_TYPE = "text/html; charset=utf-8";
    static final String ROBOTS_TYPE = "text/plain; charset=utf-8";

    /** A 1x1 PNG: the poster. */
    private static final byte[] POSTER_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static final SampleCrawlSite STANDARD = new SampleCrawlSite(CrawlSiteMap.build());

    private final Map<String, CrawlSitePage> pages;

    private SampleCrawlSite(Map<String, CrawlSitePage> pages) {
        if (pages.size() != PAGE_COUNT) {
            throw new IllegalStateException("the crawl site has " + pages.size() + " pages, PAGE_COUNT says " + PAGE_COUNT);
        }
        this.pages = pages;
    }

    /** The site, the one served by the local cloud and by {@link SampleSiteServer}. */
    public static SampleCrawlSite standard() {
        return STANDARD;
    }

    /** Whether a request for {@code rawPath} is the crawl site's to answer: robots.txt, or under {@code /sample/crawl}. */
    public static boolean serves(String rawPath) {
        return rawPath.equals(ROBOTS_PATH) || rawPath.equals(HOME_PATH) || rawPath.startsWith(ROOT_PATH);
    }

    /**
     * The path a crawler should fetch for {@code path}: without its fragment, and without one trailing
     * slash ({@code /sample/crawl/} is {@code /sample/crawl}). The site's pages are named so.
     */
    public static String canonicalPath(String path) {
        int fragment = path.indexOf('#');
        String canonical = fragment < 0 ? path : path.substring(0, fragment);
        if (canonical.length() > 1 && canonical.endsWith("/")) {
            canonical = canonical.substring(0, canonical.length() - 1);
        }
        return canonical;
    }

    /**
     * The same port under the other loopback name: {@code localhost:3000} for {@code 127.0.0.1:3000},
     * and {@code 127.0.0.1:3000} for {@code localhost:3000} (or any other name).
     */
    public static String mirrorOf(String host) {
        int bracket = host.lastIndexOf(']'); // an IPv6 literal: [::1]:3000
        int colon = host.lastIndexOf(':');
        String name = colon > bracket ? host.substring(0, colon) : host;
        String port = colon > bracket ? host.substring(colon) : "";
        return (name.equalsIgnoreCase("localhost") ? "127.0.0.1" : "localhost") + port;
    }

    /**
     * The answer to a GET (or HEAD) of {@code rawPath}, requested with {@code Host: host}.
     *
     * @param host    the {@code Host} header, e.g. {@code 127.0.0.1:3000}: absolute links name it
     * @param rawPath the path as sent, without the query
     */
    public CrawlSiteResponse respond(String host, String rawPath) {
        if (rawPath.equals(ROBOTS_PATH)) {
            return CrawlSiteResponse.ofText(200, ROBOTS_TYPE, robotsTxt());
        }
        CrawlSitePage page = pages.get(canonicalPath(rawPath));
        if (page == null) {
            return errorPage(404, "Page not found", "There is no page at " + rawPath + ".", host);
        }
        return switch (page.kind()) {
            case HTML -> CrawlSiteResponse.ofText(200, HTML_TYPE, CrawlPageHtml.render(page, host, mirrorOf(host)));
            case TEXT -> CrawlSiteResponse.ofText(200, page.kind().contentType(), page.text());
            case PNG -> new CrawlSiteResponse(200, page.kind().contentType(), POSTER_PNG);
        };
    }

    /** The answer to another method than GET or HEAD on a page the site has: it only has pages to read. */
    CrawlSiteResponse methodNotAllowed(String method, String host) {
        return errorPage(405, "Method not allowed", "This site only answers GET and HEAD, not " + method + ".", host);
    }

    /** The rules of robots.txt, served at {@value #ROBOTS_PATH}: the staff area is closed but for its press kit. */
    public String robotsTxt() {
        return CrawlRobots.text();
    }

    /** Whether robots.txt lets a crawler fetch {@code path} (RFC 9309: the longest matching rule wins). */
    public boolean allowedByRobots(String path) {
        return CrawlRobots.allows(path);
    }

    /** The canonical path of every page and file the site has, the home page first. */
    public Set<String> paths() {
        return pages.keySet();
    }

    /** The {@code <title>} of the HTML page at canonical {@code path}; empty for a file or a page the site lacks. */
    public Optional<String> title(String path) {
        CrawlSitePage page = pages.get(path);
        return page == null || page.kind() != CrawlSitePage.Kind.HTML ? Optional.empty() : Optional.of(page.title());
    }

    /**
     * What a correct crawl from {@code startPath} to {@code maxDepth} claims and fetches, as described
     * in {@link CrawlExpectation}: a breadth-first walk of the site's link graph that stays on the
     * host, follows links out of the HTML pages that answer 200 only, and stops at robots.txt.
     *
     * @param start    a path of the site, e.g. {@code /sample/crawl/}, or a URL of it such as
     *                 {@code http://127.0.0.1:3000/sample/crawl/} (whose path is taken; it is made canonical)
     * @param maxDepth the crawl's depth limit: 0 claims the start page only
     * @throws IllegalArgumentException when {@code maxDepth} is negative or {@code start} neither a path nor a URL
     */
    public CrawlExpectation reachable(String start, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be 0 or more, not " + maxDepth);
        }
        String startPath = start.startsWith("http://") || start.startsWith("https://")
                ? URI.create(start).getRawPath()
                : start;
        if (!startPath.startsWith("/")) {
            throw new IllegalArgumentException("the start must be a path such as " + ROOT_PATH + " or a URL, not " + start);
        }
        String canonicalStart = canonicalPath(startPath);
        List<ExpectedPage> claimed = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(canonicalStart));
        Queue<ExpectedPage> queue = new ArrayDeque<>(List.of(new ExpectedPage(canonicalStart, 0, outcomeOf(canonicalStart))));
        while (!queue.isEmpty()) {
            ExpectedPage page = queue.remove();
            claimed.add(page);
            if (page.outcome() != Outcome.HTML || page.depth() == maxDepth) {
                continue;
            }
            for (CrawlLink link : pages.get(page.path()).links()) {
                if (link.form().staysOnHost() && seen.add(link.target())) {
                    queue.add(new ExpectedPage(link.target(), page.depth() + 1, outcomeOf(link.target())));
                }
            }
        }
        return new CrawlExpectation(canonicalStart, maxDepth, claimed);
    }

    /** The page at canonical {@code path}, or null: for the tests, which compare the HTML with the graph. */
    CrawlSitePage page(String path) {
        return pages.get(path);
    }

    private Outcome outcomeOf(String path) {
        if (!allowedByRobots(path)) {
            return Outcome.ROBOTS_EXCLUDED;
        }
        CrawlSitePage page = pages.get(path);
        if (page == null) {
            return Outcome.NOT_FOUND;
        }
        return page.kind() == CrawlSitePage.Kind.HTML ? Outcome.HTML : Outcome.NOT_HTML;
    }

    /** An error page links home only, so whether a crawler reads it changes nothing it finds. */
    private static CrawlSiteResponse errorPage(int status, String heading, String text, String host) {
        CrawlSitePage page = new CrawlSitePage(HOME_PATH + "/error", CrawlSitePage.Kind.HTML, heading, text,
                List.of(new CrawlLink(CrawlLink.Form.TRAILING_SLASH, HOME_PATH, "Home")));
        return CrawlSiteResponse.ofText(status, HTML_TYPE, CrawlPageHtml.render(page, host, mirrorOf(host)));
    }
}
