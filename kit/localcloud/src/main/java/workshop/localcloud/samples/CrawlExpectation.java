package workshop.localcloud.samples;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a correct crawl of the {@link SampleCrawlSite} does, worked out from the site's own link graph
 * by {@link SampleCrawlSite#reachable}: every URL the crawler claims, at which depth, and what it gets.
 *
 * <p>A correct crawler, started at one page with a depth limit and the start page's host as its only
 * allowed host:
 * <ul>
 *   <li>claims every page on that host whose shortest link distance from the start is at most the
 *       limit, following links out of the HTML pages it fetched only;</li>
 *   <li>GETs each claimed page once ({@link #fetched()}), the broken ones (404) included, but never
 *       one that robots.txt disallows: those it claims and records without fetching
 *       ({@link #robotsExcluded()}), and does not follow;</li>
 *   <li>reads links out of the HTML pages fetched with 200 only: not out of 404 pages, text files or
 *       images (the site puts no link there that would change the answer either way);</li>
 *   <li>never requests another host: not the external sites, not the mirror host;</li>
 *   <li>reads robots.txt before it fetches its first page; the rules never change during a run, so
 *       one GET of it is enough (the request log shows how many it made).</li>
 * </ul>
 * Pages are named by their canonical path: no trailing slash, no fragment, the home page being
 * {@code /sample/crawl}. The crawl is breadth first (one stream shard, in order), so the first claim
 * of a URL is at its shortest depth: that is the depth given here.
 */
public final class CrawlExpectation {

    /** What the crawler gets for a page it claimed. */
    public enum Outcome {
        /** Fetched: 200, an HTML page; its links are followed (if its depth is below the limit). */
        HTML(200),
        /** Fetched: 200, but a text file or an image: nothing to follow. */
        NOT_HTML(200),
        /** Fetched: 404, a broken link. */
        NOT_FOUND(404),
        /** Claimed but not fetched: robots.txt disallows it. */
        ROBOTS_EXCLUDED(0);

        private final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The HTTP status the fetch gets; 0 for a page never fetched. */
        public int httpStatus() {
            return httpStatus;
        }

        public boolean isFetched() {
            return this != ROBOTS_EXCLUDED;
        }
    }

    /**
     * A page the crawler claims.
     *
     * @param path    its canonical path
     * @param depth   its shortest link distance from the start page (0 for the start page)
     * @param outcome what the crawler gets for it
     */
    public record ExpectedPage(String path, int depth, Outcome outcome) {
    }

    private final String startPath;
    private final int maxDepth;
    private final Map<String, ExpectedPage> pages;

    CrawlExpectation(String startPath, int maxDepth, List<ExpectedPage> inClaimOrder) {
        this.startPath = startPath;
        this.maxDepth = maxDepth;
        Map<String, ExpectedPage> byPath = new LinkedHashMap<>();
        inClaimOrder.forEach(page -> byPath.put(page.path(), page));
        this.pages = Collections.unmodifiableMap(byPath);
    }

    /** The canonical path the crawl starts at. */
    public String startPath() {
        return startPath;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** Every page the crawler claims, by canonical path, in breadth-first order. */
    public Map<String, ExpectedPage> pages() {
        return pages;
    }

    /** The canonical paths of every page the crawler claims: {@link #fetched()} and {@link #robotsExcluded()}. */
    public Set<String> claimed() {
        return pages.keySet();
    }

    /** The pages the crawler GETs, exactly once each: the HTML pages, the files and the broken links. */
    public Set<String> fetched() {
        return withOutcome(EnumSet.of(Outcome.HTML, Outcome.NOT_HTML, Outcome.NOT_FOUND));
    }

    /** The pages robots.txt disallows: claimed, never fetched. */
    public Set<String> robotsExcluded() {
        return withOutcome(EnumSet.of(Outcome.ROBOTS_EXCLUDED));
    }

    /** The broken links the crawler fetches: 404. */
    public Set<String> notFound() {
        return withOutcome(EnumSet.of(Outcome.NOT_FOUND));
    }

    /** The pages with one of {@code outcomes}, in breadth-first order. */
    public Set<String> withOutcome(Set<Outcome> outcomes) {
        return pages.values().stream()
                .filter(page -> outcomes.contains(page.outcome()))
                .map(ExpectedPage::path)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The page at canonical {@code path}.
     *
     * @throws NoSuchElementException when a correct crawl does not claim it
     */
    public ExpectedPage page(String path) {
        ExpectedPage page = pages.get(path);
        if (page == null) {
            throw new NoSuchElementException("a crawl from " + startPath + " to depth " + maxDepth
                    + " does not claim " + path);
        }
        return page;
    }

    /** How many pages the crawler claims at each depth, from 0 to the deepest. */
    public Map<Integer, Long> countsByDepth() {
        return pages.values().stream()
                .collect(Collectors.groupingBy(ExpectedPage::depth, LinkedHashMap::new, Collectors.counting()));
    }

    @Override
    public String toString() {
        return "CrawlExpectation[from " + startPath + " to depth " + maxDepth + ": " + pages.size() + " claimed, "
                + fetched().size() + " fetched, " + notFound().size() + " not found, "
                + robotsExcluded().size() + " excluded by robots.txt]";
    }
}
