package workshop.crawler;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one site's robots.txt for one crawler, read as RFC 9309 (the Robots Exclusion Protocol)
 * says.
 *
 * <ul>
 *   <li>The file is a list of groups. A group starts with one or more {@code User-agent} lines and
 *       holds the {@code Allow} and {@code Disallow} rules that follow, up to the next {@code User-agent}
 *       line after a rule. Rules before any {@code User-agent} line belong to no group. Other lines
 *       ({@code Sitemap}, {@code Crawl-delay}...) and {@code #} comments are ignored; names are
 *       case-insensitive.</li>
 *   <li>The crawler obeys the groups whose user agent is its product token ({@link #AGENT_TOKEN},
 *       compared without regard to case), all of them merged; only when there is none, the {@code *}
 *       groups; when there is none of those either, everything is allowed.</li>
 *   <li>A rule matches a URL when its path (with the query) starts with the rule's path; {@code *} in a
 *       rule matches any characters and a final {@code $} the end of the URL. Of all the rules that
 *       match, the longest wins, and {@code Allow} wins a tie. No matching rule: allowed.
 *       {@code Disallow:} with an empty path is no rule at all.</li>
 *   <li>{@code /robots.txt} itself is always allowed.</li>
 * </ul>
 *
 * Paths are compared with their non-ASCII characters percent-encoded in UTF-8 and the hex digits of
 * every percent-encoding in upper case, so {@code /café}, {@code /caf%c3%a9} and {@code /caf%C3%A9}
 * are the same path (RFC 9309 §2.2.2).
 */
public final class RobotsRules {

    /** The crawler's product token: what a robots.txt names in {@code User-agent: workshop-crawler}. */
    public static final String AGENT_TOKEN = "workshop-crawler";

    private static final Pattern PERCENT_ENCODING = Pattern.compile("%[0-9a-fA-F]{2}");

    /** No robots.txt (it answered 4xx): the site put no restriction. */
    public static RobotsRules allowAll() {
        throw new UnsupportedOperationException(
                "Exercise 16: the rules of a site without robots.txt - see exercises/16-fetch-once-politely/README.md");
    }

    /** The robots.txt could not be read (5xx, no answer): RFC 9309 says to assume the whole site is off limits. */
    public static RobotsRules disallowAll() {
        throw new UnsupportedOperationException(
                "Exercise 16: the rules of a site whose robots.txt cannot be read - see exercises/16-fetch-once-politely/README.md");
    }

    /** The rules of {@code robotsTxt} for {@link #AGENT_TOKEN}. */
    public static RobotsRules parse(String robotsTxt) {
        return parse(robotsTxt, AGENT_TOKEN);
    }

    /**
     * The rules of {@code robotsTxt} for the crawler whose product token is {@code agentToken}: read the
     * groups (their user agents, then their rules), keep every group that names the token (see the class
     * comment), or else every {@code *} group, and merge their rules.
     */
    public static RobotsRules parse(String robotsTxt, String agentToken) {
        throw new UnsupportedOperationException(
                "Exercise 16: read a robots.txt as RFC 9309 says - see exercises/16-fetch-once-politely/README.md");
    }

    /**
     * Whether the crawler may fetch the URL with this path and query: of the rules that match, the longest
     * decides and {@code Allow} wins a tie; no matching rule allows. Rules and paths are compared in their
     * {@link #canonicalPath canonical form}.
     *
     * @param pathAndQuery the URL's raw path and query, {@code /a/b?c=d}; empty counts as {@code /}
     */
    public boolean allows(String pathAndQuery) {
        throw new UnsupportedOperationException(
                "Exercise 16: the longest matching rule decides - see exercises/16-fetch-once-politely/README.md");
    }

    /**
     * What the rules are, for logs: {@code RobotsRules[allow all]}, {@code RobotsRules[disallow all]}, or
     * for parsed rules how many there are and whose group they come from: {@code RobotsRules[3 rules for
     * workshop-crawler]}, {@code RobotsRules[1 rules for *]}.
     */
    @Override
    public String toString() {
        throw new UnsupportedOperationException(
                "Exercise 16: describe the rules - see exercises/16-fetch-once-politely/README.md");
    }

    /** Non-ASCII characters percent-encoded in UTF-8, percent-encodings in upper case. */
    static String canonicalPath(String path) {
        StringBuilder encoded = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return PERCENT_ENCODING.matcher(encoded).replaceAll(match -> match.group().toUpperCase(Locale.ROOT));
    }
}
