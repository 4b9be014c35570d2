package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form of a URL, case by case: the spec of {@link UrlNormalizer}. */
class UrlNormalizerTest {

    @Nested
    class Normalize {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiterString = " -> ", textBlock = """
                http://example.com/a/b                  -> http://example.com/a/b
                HTTP://EXAMPLE.COM/a/b                  -> http://example.com/a/b
                hTTpS://Example.Com/                    -> https://example.com/
                http://example.com/A/B                  -> http://example.com/A/B
                http://example.com:80/a                 -> http://example.com/a
                https://example.com:443/a               -> https://example.com/a
                http://example.com:443/a                -> http://example.com:443/a
                https://example.com:80/a                -> https://example.com:80/a
                http://127.0.0.1:3000/sample/crawl/     -> http://127.0.0.1:3000/sample/crawl
                http://example.com/a#section            -> http://example.com/a
                http://example.com/a#                   -> http://example.com/a
                http://example.com/#top                 -> http://example.com/
                http://example.com                      -> http://example.com/
                http://example.com?q=1                  -> http://example.com/?q=1
                http://example.com/a/./b                -> http://example.com/a/b
                http://example.com/a/b/../c             -> http://example.com/a/c
                http://example.com/a/b/..               -> http://example.com/a
                http://example.com/a/b/.                -> http://example.com/a/b
                http://example.com/../a                 -> http://example.com/a
                http://example.com/a/../../b            -> http://example.com/b
                http://example.com/a/b/                 -> http://example.com/a/b
                http://example.com/a//                  -> http://example.com/a
                http://example.com/                     -> http://example.com/
                http://example.com/a?                   -> http://example.com/a
                http://example.com/a?b=2&a=1            -> http://example.com/a?b=2&a=1
                http://example.com/a?Q=%2F&x            -> http://example.com/a?Q=%2F&x
                http://example.com/a/?q=1#f             -> http://example.com/a?q=1
                http://example.com/caf%C3%A9            -> http://example.com/caf%C3%A9
                http://[::1]:8080/a                     -> http://[::1]:8080/a
                '  http://example.com/a  '              -> http://example.com/a
                """)
        void givesTheCanonicalForm(String url, String canonical) {
            assertThat(UrlNormalizer.normalize(url)).contains(canonical);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "mailto:someone@example.com",
                "javascript:alert(1)",
                "data:text/html,<p>hi</p>",
                "ftp://example.com/file",
                "file:///etc/passwd",
                "http://user:secret@example.com/",
                "http://user@example.com/",
                "http:example.com/a",
                "http:///a",
                "http://",
                "/relative/path",
                "relative",
                "//example.com/a",
                "http://exa mple.com/",
                "not a url at all",
        })
        void refusesWhatTheCrawlerDoesNotFollow(String url) {
            assertThat(UrlNormalizer.normalize(url)).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void refusesNothing(String url) {
            assertThat(UrlNormalizer.normalize(url)).isEmpty();
        }

        @Test
        void isIdempotent() {
            String once = UrlNormalizer.normalize("HTTP://Example.com:80/a/./b/../c/?x=1#f").orElseThrow();

            assertThat(once).isEqualTo("http://example.com/a/c?x=1");
            assertThat(UrlNormalizer.normalize(once)).contains(once);
        }
    }

    @Nested
    class Resolve {

        private static final String BASE = "http://example.com/docs/guide/page.html?lang=en";

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiterString = " -> ", textBlock = """
                other.html                      -> http://example.com/docs/guide/other.html
                ./other.html                    -> http://example.com/docs/guide/other.html
                ../index.html                   -> http://example.com/docs/index.html
                ../../../../up.html             -> http://example.com/up.html
                /root.html                      -> http://example.com/root.html
                sub/                            -> http://example.com/docs/guide/sub
                //Other.Example.com:80/x        -> http://other.example.com/x
                https://example.com:443/secure  -> https://example.com/secure
                ?lang=fr                        -> http://example.com/docs/guide/page.html?lang=fr
                #section                        -> http://example.com/docs/guide/page.html?lang=en
                other.html#part                 -> http://example.com/docs/guide/other.html
                '  other.html  '                -> http://example.com/docs/guide/other.html
                """)
        void resolvesALinkAgainstThePageAndNormalises(String href, String resolved) {
            assertThat(UrlNormalizer.resolve(BASE, href)).contains(resolved);
        }

        @Test
        void anEmptyLinkIsThePageItself() {
            assertThat(UrlNormalizer.resolve(BASE, "")).contains("http://example.com/docs/guide/page.html?lang=en");
        }

        @Test
        void theTrailingSlashOfTheBaseDecidesWhatARelativeLinkMeans() {
            assertThat(UrlNormalizer.resolve("http://example.com/docs/", "intro")).contains("http://example.com/docs/intro");
            assertThat(UrlNormalizer.resolve("http://example.com/docs", "intro")).contains("http://example.com/intro");
        }

        @Test
        void resolvesAgainstABaseWithoutAPath() {
            assertThat(UrlNormalizer.resolve("http://example.com", "a")).contains("http://example.com/a");
            assertThat(UrlNormalizer.resolve("http://example.com", "?q")).contains("http://example.com/?q");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "mailto:someone@example.com",
                "javascript:void(0)",
                "JavaScript:alert(1)",
                "data:image/png;base64,AAAA",
                "ftp://example.com/file",
                "tel:+4912345",
                "http://user:secret@example.com/",
                "a b.html",
        })
        void refusesLinksTheCrawlerDoesNotFollow(String href) {
            assertThat(UrlNormalizer.resolve(BASE, href)).isEmpty();
        }

        @Test
        void refusesWithoutAWebPageAsBase() {
            assertThat(UrlNormalizer.resolve("/relative", "a.html")).isEmpty();
            assertThat(UrlNormalizer.resolve("ftp://example.com/", "a.html")).isEmpty();
            assertThat(UrlNormalizer.resolve(null, "a.html")).isEmpty();
            assertThat(UrlNormalizer.resolve(BASE, null)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            /                 -> /
            /a/b/c/./../../g  -> /a/g
            /./a              -> /a
            /a/.              -> /a/
            /a/..             -> /
            /..               -> /
            /a/b/../../..     -> /
            /a/..b/c          -> /a/..b/c
            /a/.b             -> /a/.b
            """)
    void removesDotSegmentsAsRfc3986Says(String path, String withoutDotSegments) {
        assertThat(UrlNormalizer.removeDotSegments(path)).isEqualTo(withoutDotSegments);
    }
}
