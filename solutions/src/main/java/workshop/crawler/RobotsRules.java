package workshop.crawler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    // Before the constants below, whose rules it canonicalises.
    private static final Pattern PERCENT_ENCODING = Pattern.compile("%[0-9a-fA-F]{2}");

    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), "allow all");
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(true, "/")), "disallow all");

    private final List<Rule> rules;
    private final String description;

    private RobotsRules(List<Rule> rules, String description) {
        this.rules = List.copyOf(rules);
        this.description = description;
    }

    /** No robots.txt (it answered 4xx): the site put no restriction. */
    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /** The robots.txt could not be read (5xx, no answer): RFC 9309 says to assume the whole site is off limits. */
    public static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** The rules of {@code robotsTxt} for {@link #AGENT_TOKEN}. */
    public static RobotsRules parse(String robotsTxt) {
        return parse(robotsTxt, AGENT_TOKEN);
    }

    /** The rules of {@code robotsTxt} for the crawler whose product token is {@code agentToken}. */
    public static RobotsRules parse(String robotsTxt, String agentToken) {
        List<Group> groups = groups(robotsTxt);
        List<Group> ours = groups.stream()
                .filter(group -> group.agents().stream().anyMatch(agent -> namesAgent(agent, agentToken)))
                .toList();
        List<Group> chosen = !ours.isEmpty() ? ours : groups.stream().filter(group -> group.agents().contains("*")).toList();
        List<Rule> rules = chosen.stream().flatMap(group -> group.rules().stream()).toList();
        return new RobotsRules(rules, rules.size() + " rules for " + (ours.isEmpty() ? "*" : agentToken));
    }

    /** The groups of the file, in order: their user agents and their rules. */
    private static List<Group> groups(String robotsTxt) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean currentHasRuleLines = false;
        for (String line : robotsTxt.split("\\r\\n|\\r|\\n")) {
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue; // blank, a comment, or not a record: RFC 9309 asks to carry on after errors
            }
            String name = content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = content.substring(colon + 1).strip();
            if (name.equals("user-agent")) {
                if (current == null || currentHasRuleLines) {
                    current = new Group(new ArrayList<>(), new ArrayList<>()); // a user agent after rules starts a group
                    groups.add(current);
                    currentHasRuleLines = false;
                }
                current.agents().add(value);
            } else if ((name.equals("allow") || name.equals("disallow")) && current != null) {
                currentHasRuleLines = true; // even "Disallow:" with no path, which is no rule but ends the agent list
                if (!value.isEmpty()) {
                    current.rules().add(new Rule(name.equals("disallow"), value));
                }
            }
        }
        return groups;
    }

    /**
     * Whether the crawler may fetch the URL with this path and query.
     *
     * @param pathAndQuery the URL's raw path and query, {@code /a/b?c=d}; empty counts as {@code /}
     */
    public boolean allows(String pathAndQuery) {
        String path = canonicalPath(pathAndQuery.isEmpty() ? "/" : pathAndQuery);
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule winner = null;
        for (Rule rule : rules) {
            if (rule.matches(path) && (winner == null || rule.beats(winner))) {
                winner = rule;
            }
        }
        return winner == null || !winner.disallow();
    }

    @Override
    public String toString() {
        return "RobotsRules[" + description + "]";
    }

    /**
     * Whether the {@code User-agent} value names our product token. RFC 9309 product tokens are letters,
     * {@code _} and {@code -}; a value such as {@code workshop-crawler/1.0} names it too.
     */
    private static boolean namesAgent(String userAgentValue, String agentToken) {
        int end = 0;
        while (end < userAgentValue.length() && isTokenChar(userAgentValue.charAt(end))) {
            end++;
        }
        return end > 0 && userAgentValue.substring(0, end).equalsIgnoreCase(agentToken);
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
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

    /** A {@code User-agent} group: the agents it names and its rules. */
    private record Group(List<String> agents, List<Rule> rules) {
    }

    /** One {@code Allow} or {@code Disallow} line. */
    private record Rule(boolean disallow, String path, Pattern pattern) {

        Rule(boolean disallow, String path) {
            this(disallow, canonicalPath(path), toPattern(canonicalPath(path)));
        }

        boolean matches(String urlPath) {
            return pattern.matcher(urlPath).lookingAt(); // a rule's path is a prefix of the URL's path
        }

        /** The longer rule wins; of two as long, the Allow. */
        boolean beats(Rule other) {
            if (path.length() != other.path.length()) {
                return path.length() > other.path.length();
            }
            return !disallow && other.disallow;
        }

        /** {@code *} as any characters, a final {@code $} as the end, everything else literally. */
        private static Pattern toPattern(String rulePath) {
            boolean anchored = rulePath.endsWith("$");
            String body = anchored ? rulePath.substring(0, rulePath.length() - 1) : rulePath;
            String[] literals = body.split("\\*+", -1);
            StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
            for (int i = 1; i < literals.length; i++) {
                regex.append(".*").append(Pattern.quote(literals[i]));
            }
            if (anchored) {
                regex.append('$');
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }
}
