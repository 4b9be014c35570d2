package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the answer to {@code GET /robots.txt} means (RFC 9309 §2.3.1), and how long it is kept. */
class RobotsCacheTest {

    private final FakeFetcher fetcher = new FakeFetcher();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<String> log = new ArrayList<>();
    private final RobotsCache robots = new RobotsCache(fetcher, clock, log::add);

    @Test
    void obeysTheRulesOfASiteThatHasThem() {
        fetcher.answer("http://127.0.0.1:3000/robots.txt", 200, "User-agent: *\nDisallow: /private\n");

        assertThat(robots.allows("http://127.0.0.1:3000/public/page")).isTrue();
        assertThat(robots.allows("http://127.0.0.1:3000/private/page")).isFalse();
    }

    @Test
    void comparesThePathWithItsQuery() {
        fetcher.answer("http://example.com/robots.txt", 200, "User-agent: *\nDisallow: /search?q=\n");

        assertThat(robots.allows("http://example.com/search?q=cats")).isFalse();
        assertThat(robots.allows("http://example.com/search")).isTrue();
    }

    @Test
    void fetchesRobotsTxtOncePerSite() {
        fetcher.answer("http://example.com/robots.txt", 200, "User-agent: *\nDisallow: /x\n");
        fetcher.answer("http://example.com:8080/robots.txt", 404, "");
        fetcher.answer("https://example.com/robots.txt", 404, "");

        for (int page = 0; page < 5; page++) {
            robots.allows("http://example.com/page" + page);
            robots.allows("http://Example.com:8080/page" + page);
            robots.allows("https://example.com/page" + page);
        }

        assertThat(fetcher.calls).containsOnly(
                Map.entry("http://example.com/robots.txt", 1),
                Map.entry("http://example.com:8080/robots.txt", 1),
                Map.entry("https://example.com/robots.txt", 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 429})
    void aClientErrorMeansNoRules(int status) {
        fetcher.answer("http://example.com/robots.txt", status, "User-agent: *\nDisallow: /\n");

        assertThat(robots.allows("http://example.com/page")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void aServerErrorMeansKeepOut(int status) {
        fetcher.answer("http://example.com/robots.txt", status, "");

        assertThat(robots.allows("http://example.com/page")).isFalse();
        assertThat(log).singleElement().asString().contains("answered " + status);
    }

    @Test
    void noAnswerMeansKeepOut() {
        fetcher.fail("http://example.com/robots.txt", new ConnectException("Connection refused"));

        assertThat(robots.allows("http://example.com/page")).isFalse();
        assertThat(log).singleElement().asString().contains("unreachable").contains("Connection refused");
    }

    @Test
    void asksAnUnreachableSiteAgainAfterAMinute() {
        fetcher.answer("http://example.com/robots.txt", 503, "");
        assertThat(robots.allows("http://example.com/page")).isFalse();

        fetcher.answer("http://example.com/robots.txt", 200, "User-agent: *\nDisallow: /private\n");
        clock.advance(RobotsCache.RETRY_UNREACHABLE.minusSeconds(1));
        assertThat(robots.allows("http://example.com/page")).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(robots.allows("http://example.com/page")).isTrue();
        assertThat(fetcher.calls).containsEntry("http://example.com/robots.txt", 2);
    }

    @Test
    void keepsAnAnswerForADay() {
        fetcher.answer("http://example.com/robots.txt", 200, "User-agent: *\nDisallow: /private\n");
        robots.allows("http://example.com/page");

        clock.advance(Duration.ofHours(23));
        robots.allows("http://example.com/page");
        assertThat(fetcher.calls).containsEntry("http://example.com/robots.txt", 1);

        clock.advance(Duration.ofHours(1));
        robots.allows("http://example.com/page");
        assertThat(fetcher.calls).containsEntry("http://example.com/robots.txt", 2);
    }

    /** Answers per robots.txt URL, as set by the test; counts the calls. */
    private static final class FakeFetcher implements RobotsFetcher {

        private final Map<String, Object> answers = new HashMap<>();
        final Map<String, Integer> calls = new HashMap<>();

        void answer(String url, int status, String body) {
            answers.put(url, new Response(status, body));
        }

        void fail(String url, IOException failure) {
            answers.put(url, failure);
        }

        @Override
        public Response fetch(String robotsUrl) throws IOException {
            calls.merge(robotsUrl, 1, Integer::sum);
            Object answer = answers.get(robotsUrl);
            if (answer instanceof IOException failure) {
                throw failure;
            }
            if (answer == null) {
                throw new AssertionError("unexpected fetch of " + robotsUrl);
            }
            return (Response) answer;
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
