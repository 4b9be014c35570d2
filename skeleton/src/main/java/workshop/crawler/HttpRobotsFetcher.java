package workshop.crawler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches robots.txt with jsoup, as {@link workshop.movies.PageFetcher} fetches pages.
 *
 * <ul>
 *   <li>A short timeout: robots.txt is a small static file, and every page of its host waits for it.</li>
 *   <li>At most {@link #MAX_BYTES} are read; RFC 9309 asks crawlers to parse at least 500 KiB and allows
 *       them to ignore the rest, which is what jsoup's body limit does (it cuts the body).</li>
 *   <li>Redirects are followed (RFC 9309: at least five hops).</li>
 * </ul>
 */
public final class HttpRobotsFetcher implements RobotsFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final int MAX_BYTES = 500 * 1024;

    private final Duration timeout;

    public HttpRobotsFetcher() {
        this(DEFAULT_TIMEOUT);
    }

    public HttpRobotsFetcher(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (jsoup reads 0 as no timeout at all)");
        }
        this.timeout = timeout;
    }

    @Override
    public Response fetch(String robotsUrl) throws IOException {
        Connection.Response response = Jsoup.connect(robotsUrl)
                .userAgent(RobotsRules.AGENT_TOKEN + "/1.0")
                .timeout(Math.toIntExact(timeout.toMillis()))
                .maxBodySize(MAX_BYTES)
                .followRedirects(true)
                .ignoreHttpErrors(true) // the status is the answer: 404 means "no rules", 503 "keep out"
                .ignoreContentType(true) // text/plain, which jsoup refuses by default
                .execute();
        try {
            return new Response(response.statusCode(), response.body());
        } catch (UncheckedIOException readFailed) {
            throw readFailed.getCause(); // jsoup reads the body after execute(): a timeout there is no answer either
        }
    }
}
