package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt as RFC 9309 reads it; the files of §5 are the RFC's own examples. */
class RobotsRulesTest {

    /** RFC 9309 §5.1, "Simple Example". */
    private static final String RFC_SIMPLE_EXAMPLE = """
            User-Agent: *
            Disallow: *.gif$
            Disallow: /example/
            Allow: /publications/

            User-Agent: foobot
            Disallow:/
            Allow:/example/page.html
            Allow:/example/allowed.gif

            User-Agent: barbot
            User-Agent: bazbot
            Disallow: /example/page.html

            User-Agent: quxbot

            EOF
            """;

    @Nested
    class RfcSimpleExample {

        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource(textBlock = """
                foobot, /example/page.html,       true
                foobot, /example/allowed.gif,     true
                foobot, /example/other.html,      false
                foobot, /,                        false
                barbot, /example/page.html,       false
                barbot, /example/other.gif,       true
                bazbot, /example/page.html,       false
                bazbot, /publications/,           true
                quxbot, /example/page.html,       true
                quxbot, /anything.gif,            true
                otherbot, /example/page.html,     false
                otherbot, /images/a.gif,          false
                otherbot, /images/a.gif?size=2,   true
                otherbot, /publications/x.html,   true
                otherbot, /,                      true
                """)
        void eachCrawlerObeysItsOwnGroupOrTheStarGroup(String agent, String path, boolean allowed) {
            assertThat(RobotsRules.parse(RFC_SIMPLE_EXAMPLE, agent).allows(path)).isEqualTo(allowed);
        }
    }

    @Test
    void theLongestMatchWinsAsInTheRfcExample() {
        // RFC 9309 §5.2, "Longest Match".
        RobotsRules rules = RobotsRules.parse("""
                User-Agent: foobot
                Allow: /example/page/
                Disallow: /example/page/disallowed.gif
                """, "foobot");

        assertThat(rules.allows("/example/page/")).isTrue();
        assertThat(rules.allows("/example/page/other.gif")).isTrue();
        assertThat(rules.allows("/example/page/disallowed.gif")).isFalse();
        assertThat(rules.allows("/example/")).isTrue(); // no rule matches
    }

    @Test
    void allowWinsATieOfTwoRulesAsLong() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /page
                Allow: /page
                """);

        assertThat(rules.allows("/page")).isTrue();
    }

    @Test
    void readsOurProductTokenWithoutRegardToCaseAndWithAVersion() {
        String robotsTxt = """
                User-agent: *
                Disallow: /

                User-agent: Workshop-Crawler/1.0
                Disallow: /private
                """;

        RobotsRules rules = RobotsRules.parse(robotsTxt);

        assertThat(rules.allows("/public")).isTrue();
        assertThat(rules.allows("/private/page")).isFalse();
        assertThat(RobotsRules.parse(robotsTxt, "workshop")).hasToString("RobotsRules[1 rules for *]");
    }

    @Test
    void ourGroupReplacesTheStarGroupEvenWhereTheStarGroupIsStricter() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /secret

                User-agent: workshop-crawler
                Disallow: /drafts
                """);

        assertThat(rules.allows("/secret")).isTrue();
        assertThat(rules.allows("/drafts/1")).isFalse();
    }

    @Test
    void mergesEveryGroupThatNamesUs() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: workshop-crawler
                Disallow: /a

                User-agent: otherbot
                Disallow: /b

                User-agent: workshop-crawler
                Disallow: /c
                """);

        assertThat(rules.allows("/a")).isFalse();
        assertThat(rules.allows("/b")).isTrue();
        assertThat(rules.allows("/c")).isFalse();
    }

    @Test
    void aUserAgentLineAfterRulesStartsANewGroup() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: otherbot
                Disallow: /other
                User-agent: workshop-crawler
                Disallow: /ours
                """);

        assertThat(rules.allows("/other")).isTrue();
        assertThat(rules.allows("/ours")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverythingAndStillEndsTheGroup() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: workshop-crawler
                Disallow:
                User-agent: otherbot
                Disallow: /
                """);

        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void rulesBeforeAnyUserAgentBelongToNoGroup() {
        RobotsRules rules = RobotsRules.parse("""
                Disallow: /
                User-agent: *
                Disallow: /private
                """);

        assertThat(rules.allows("/public")).isTrue();
        assertThat(rules.allows("/private")).isFalse();
    }

    @Test
    void ignoresCommentsUnknownLinesCaseOfNamesAndLineEndings() {
        RobotsRules rules = RobotsRules.parse("# robots for the sample site\r\n"
                + "USER-AGENT: * # everyone\r\n"
                + "Crawl-delay: 10\r\n"
                + "Sitemap: http://example.com/sitemap.xml\r\n"
                + "this line is no record\r\n"
                + "DISALLOW: /tmp/ # scratch\r"
                + "allow : /tmp/public\n");

        assertThat(rules.allows("/tmp/x")).isFalse();
        assertThat(rules.allows("/tmp/public/x")).isTrue();
        assertThat(rules.allows("/other")).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(textBlock = """
            /*.php,              /index.php,           false
            /*.php,              /dir/index.php?x=1,   false
            /*.php,              /index.html,          true
            /*.php$,             /index.php,           false
            /*.php$,             /index.php?x=1,       true
            /fish*,              /fish,                false
            /fish*,              /fishheads/a,         false
            /fish*,              /Fish,                true
            /this/path/exactly$, /this/path/exactly,   false
            /this/path/exactly$, /this/path/exactly/,  true
            /a/**/b,             /a/x/y/b,             false
            /a$b,                /a$b,                 false
            /a$b,                /a,                   true
            """)
    void matchesStarAndDollarPatterns(String disallowed, String path, boolean allowed) {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: " + disallowed + "\n");

        assertThat(rules.allows(path)).isEqualTo(allowed);
    }

    @Test
    void comparesPathsWithNonAsciiCharactersPercentEncoded() {
        // RFC 9309 §2.2.2: a rule written with U+30C4 matches the URL path %E3%83%84, hex digits in either case.
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /foo/bar/\u30C4\nDisallow: /%62%61%7a\n");

        assertThat(rules.allows("/foo/bar/%E3%83%84")).isFalse();
        assertThat(rules.allows("/foo/bar/%e3%83%84")).isFalse();
        assertThat(rules.allows("/%62%61%7A")).isFalse();
        assertThat(rules.allows("/baz")).isTrue(); // %62%61%7A is not decoded: the RFC says /baz does not match
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\n");

        assertThat(rules.allows("/robots.txt")).isTrue();
        assertThat(rules.allows("/")).isFalse();
        assertThat(RobotsRules.disallowAll().allows("/robots.txt")).isTrue();
    }

    @Test
    void anEmptyPathIsTheRoot() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow: /$\n").allows("")).isFalse();
    }

    @Test
    void withoutAGroupForUsEverythingIsAllowed() {
        assertThat(RobotsRules.parse("").allows("/a")).isTrue();
        assertThat(RobotsRules.parse("User-agent: otherbot\nDisallow: /\n").allows("/a")).isTrue();
        assertThat(RobotsRules.allowAll().allows("/a")).isTrue();
        assertThat(RobotsRules.disallowAll().allows("/a")).isFalse();
    }
}
