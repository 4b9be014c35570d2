package workshop.localcloud.samples;

import java.util.List;

/**
 * The robots.txt of the local cloud's API port, which holds the {@link SampleCrawlSite}'s rules, and
 * what they allow. The rules are data here and the text is written from them, so the expected answer
 * of a crawl does not depend on parsing the text.
 *
 * <p>The matching is RFC 9309's: a rule matches a path it is a prefix of; the longest matching rule
 * wins; when an allow and a disallow rule are equally long the allow rule wins; a path no rule
 * matches is allowed. So {@code /sample/crawl/private/press} is allowed (its allow rule is longer
 * than the disallow rule) and {@code /sample/crawl/private/1} is not.
 */
final class CrawlRobots {

    /** One {@code Allow:} or {@code Disallow:} line of the only group, {@code User-agent: *}. */
    record Rule(boolean allow, String pathPrefix) {
    }

    /**
     * The disallow rule has no trailing slash on purpose: it covers the staff area's index in both
     * spellings ({@code /sample/crawl/private} and {@code /sample/crawl/private/}), so a crawler gets
     * the same verdict whether it checks a URL before or after normalising it.
     */
    static final List<Rule> RULES = List.of(
            new Rule(false, CrawlSiteMap.STAFF_INDEX),
            new Rule(true, CrawlSiteMap.PRESS_KIT));

    private CrawlRobots() {
    }

    /** The robots.txt file, for every crawler ({@code User-agent: *}). */
    static String text() {
        StringBuilder text = new StringBuilder()
                .append("# robots.txt of the workshop's local cloud: the rules of its sample crawl site, ")
                .append(SampleCrawlSite.ROOT_PATH).append('\n')
                .append("# The staff area is closed to crawlers, except its press kit: the longest matching rule wins (RFC 9309).\n")
                .append("User-agent: *\n");
        for (Rule rule : RULES) {
            text.append(rule.allow() ? "Allow: " : "Disallow: ").append(rule.pathPrefix()).append('\n');
        }
        return text.toString();
    }

    /** Whether a crawler may fetch {@code path} (a path, optionally with its query). */
    static boolean allows(String path) {
        Rule longest = null;
        for (Rule rule : RULES) {
            if (path.startsWith(rule.pathPrefix()) && (longest == null || isLonger(rule, longest))) {
                longest = rule;
            }
        }
        return longest == null || longest.allow();
    }

    /** Longer wins; at equal length, allow wins. */
    private static boolean isLonger(Rule rule, Rule than) {
        int difference = rule.pathPrefix().length() - than.pathPrefix().length();
        return difference > 0 || (difference == 0 && rule.allow());
    }
}
