package workshop.localcloud.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a request's raw path into the decoded segments that route templates are matched against. */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * {@code /movies/The%20Matrix/} gives {@code ["movies", "The Matrix"]}. Empty segments are ignored,
     * so a trailing slash or a doubled slash still finds the route.
     */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(decode(part));
            }
        }
        return segments;
    }

    /**
     * Percent-decodes one path segment. Unlike a query string, a path keeps {@code +} as a plus sign;
     * a malformed escape is left as it was rather than failing the request.
     */
    static String decode(String rawSegment) {
        try {
            return URLDecoder.decode(rawSegment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return rawSegment;
        }
    }
}
