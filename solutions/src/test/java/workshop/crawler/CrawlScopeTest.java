package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrawlScopeTest {

    private final CrawlScope scope = new CrawlScope(List.of("127.0.0.1", "Example.COM"), 2);

    @Test
    void keepsHostsInLowerCaseAndOnce() {
        CrawlScope withRepeats = new CrawlScope(List.of("Example.com", "example.com", " 127.0.0.1 "), 1);

        assertThat(withRepeats.allowedHosts()).containsExactly("example.com", "127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:3000/sample/crawl/",
            "http://127.0.0.1/",
            "https://127.0.0.1:8443/x",
            "http://EXAMPLE.com/a",
            "https://example.com/",
    })
    void allowsTheAllowedHostsOnAnyPortAndScheme(String url) {
        assertThat(scope.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:3000/",
            "http://www.example.com/",
            "http://example.com.evil.test/",
            "http://127.0.0.2/",
            "mailto:someone@example.com",
            "/relative",
            "not a url",
    })
    void refusesEveryOtherHost(String url) {
        assertThat(scope.allows(url)).isFalse();
    }

    @Test
    void refusesNoUrl() {
        assertThat(scope.allows(null)).isFalse();
    }

    @Test
    void allowsDepthsFromZeroToTheLimit() {
        assertThat(scope.allowsDepth(0)).isTrue();
        assertThat(scope.allowsDepth(2)).isTrue();
        assertThat(scope.allowsDepth(3)).isFalse();
        assertThat(scope.allowsDepth(-1)).isFalse();
    }

    @Test
    void acceptsDepthsFromZeroToTwenty() {
        assertThat(new CrawlScope(List.of("a.test"), 0).maxDepth()).isZero();
        assertThat(new CrawlScope(List.of("a.test"), CrawlScope.MAX_DEPTH).maxDepth()).isEqualTo(20);
        assertThatThrownBy(() -> new CrawlScope(List.of("a.test"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrawlScope(List.of("a.test"), 21))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 20");
    }

    @Test
    void needsAtLeastOneHost() {
        assertThatThrownBy(() -> new CrawlScope(List.of(), 1)).hasMessageContaining("at least one host");
        assertThatThrownBy(() -> new CrawlScope(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CrawlScope(Arrays.asList("a.test", null), 1)).hasMessageContaining("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "example.com:3000", "example.com/path", "", "exa mple.com", "-example.com"})
    void refusesWhatIsNotAHostName(String host) {
        assertThatThrownBy(() -> new CrawlScope(List.of(host), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a host name");
    }

    @Test
    void acceptsAnIpv6LiteralAsUrlsWriteIt() {
        CrawlScope ipv6 = new CrawlScope(List.of("[::1]"), 1);

        assertThat(ipv6.allows("http://[::1]:8080/a")).isTrue();
    }
}
