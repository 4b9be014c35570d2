package workshop.crawler;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Whether robots.txt lets the crawler fetch a URL, with each site's robots.txt fetched once per
 * container rather than once per page.
 *
 * <p>A site is a scheme, host and port (RFC 9309 §2.3: robots.txt applies to its own origin only). What
 * the fetch of {@code /robots.txt} answered decides, as RFC 9309 §2.3.1 says:
 * <ul>
 *   <li>2xx: its rules ({@link RobotsRules#parse});</li>
 *   <li>4xx, or a redirect loop: "unavailable", the site has no rules, everything is allowed;</li>
 *   <li>5xx, or no answer (unreachable, timeout): "unreachable", nothing is allowed, since the site may
 *       have rules the crawler could not read.</li>
 * </ul>
 *
 * <p>An answer is kept for {@link #KEEP_ANSWER} (RFC 9309 §2.4 asks not to use one longer than 24 hours;
 * a warm Lambda container can live that long). An unreachable robots.txt is asked again after
 * {@link #RETRY_UNREACHABLE}, so that one failed request does not close a site for the rest of the
 * container's life.
 */
public final class RobotsCache {

    public static final Duration KEEP_ANSWER = Duration.ofHours(24);
    public static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(1);

    private final RobotsFetcher fetcher;
    private final Clock clock;
    private final Consumer<String> log;
    private final Map<String, Entry> bySite = new ConcurrentHashMap<>();

    /** @param log where a robots.txt that could not be read is reported (the function's log) */
    public RobotsCache(RobotsFetcher fetcher, Clock clock, Consumer<String> log) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.log = log;
    }

    /** Whether the crawler may fetch {@code url}, an absolute http or https URL. */
    public boolean allows(String url) {
        URI uri = URI.create(url);
        String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        String pathAndQuery = (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return rulesOf(site).allows(pathAndQuery);
    }

    /** compute(): two threads asking about one site at once wait for one fetch, rather than make two. */
    private RobotsRules rulesOf(String site) {
        Instant now = clock.instant();
        return bySite.compute(site, (key, cached) -> cached != null && now.isBefore(cached.expiresAt())
                ? cached
                : fetch(site, now)).rules();
    }

    private Entry fetch(String site, Instant now) {
        String robotsUrl = site + "/robots.txt";
        RobotsFetcher.Response response;
        try {
            response = fetcher.fetch(robotsUrl);
        } catch (IOException noAnswer) {
            log.accept("robots.txt " + robotsUrl + " unreachable (" + noAnswer + "): nothing on " + site + " is fetched for now");
            return new Entry(RobotsRules.disallowAll(), now.plus(RETRY_UNREACHABLE));
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            return new Entry(RobotsRules.parse(response.body()), now.plus(KEEP_ANSWER));
        }
        if (status >= 500) {
            log.accept("robots.txt " + robotsUrl + " answered " + status + ": nothing on " + site + " is fetched for now");
            return new Entry(RobotsRules.disallowAll(), now.plus(RETRY_UNREACHABLE));
        }
        return new Entry(RobotsRules.allowAll(), now.plus(KEEP_ANSWER)); // 4xx, or still a redirect: no rules
    }

    private record Entry(RobotsRules rules, Instant expiresAt) {
    }
}
