package workshop.crawler;

import java.io.IOException;

/** Gets a site's robots.txt; {@link RobotsCache} decides what the answer means. Tests give their own. */
@FunctionalInterface
public interface RobotsFetcher {

    /**
     * Fetches {@code robotsUrl}, following redirects.
     *
     * @return the final HTTP status and the body (the body may be cut at a size limit)
     * @throws IOException when no answer came: the host is unreachable, the connection broke, or it timed out
     */
    Response fetch(String robotsUrl) throws IOException;

    /** What the server answered. */
    record Response(int status, String body) {
    }
}
