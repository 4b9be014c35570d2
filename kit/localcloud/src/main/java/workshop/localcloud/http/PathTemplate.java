package workshop.localcloud.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route's path as written in serverless.yml, e.g. {@code /movies/{id}} or {@code /files/{proxy+}},
 * or the HTTP API catch-all {@code *}.
 *
 * <p>As in API Gateway, a variable is a whole segment ({@code {id}}), and a greedy variable
 * ({@code {proxy+}}) is the last segment and takes one or more segments.
 */
final class PathTemplate {

    /** API Gateway accepts letters, digits, {@code _}, {@code -} and {@code .} in variable names. */
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9._-]+)(\\+?)}");

    /**
     * The most specific template first: segment by segment a literal beats a variable, which beats a
     * greedy variable; the catch-all comes last. This is the order API Gateway documents for choosing
     * among several routes that all match a request.
     */
    static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = PathTemplate::compareSpecificity;

    private final String text;
    private final List<Segment> segments;
    private final boolean catchAll;

    private PathTemplate(String text, List<Segment> segments, boolean catchAll) {
        this.text = text;
        this.segments = segments;
        this.catchAll = catchAll;
    }

    /** The HTTP API's {@code $default} route: matches every path no other route matches. */
    static PathTemplate catchAll() {
        return new PathTemplate("*", List.of(), true);
    }

    /**
     * Parses a path such as {@code /movies/{id}}.
     *
     * @throws IllegalArgumentException saying what API Gateway would refuse in it
     */
    static PathTemplate parse(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("the path must start with '/', got '" + path + "'");
        }
        List<Segment> segments = new ArrayList<>();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.isEmpty()) {
                if (last) {
                    break; // "/" itself (the root resource), or a trailing slash
                }
                throw new IllegalArgumentException("empty segment in path '" + path + "'");
            }
            segments.add(segmentOf(part, last, path));
        }
        return new PathTemplate(path, List.copyOf(segments), false);
    }

    private static Segment segmentOf(String part, boolean last, String path) {
        var variable = VARIABLE.matcher(part);
        if (variable.matches()) {
            boolean greedy = !variable.group(2).isEmpty();
            if (greedy && !last) {
                throw new IllegalArgumentException(
                        "a greedy variable like " + part + " must be the last segment of '" + path + "'");
            }
            return greedy ? new Segment.Greedy(variable.group(1)) : new Segment.Variable(variable.group(1));
        }
        if (part.contains("{") || part.contains("}")) {
            throw new IllegalArgumentException("'" + part + "' in '" + path
                    + "': API Gateway only supports variables that are a whole segment, like {id}");
        }
        return new Segment.Literal(part);
    }

    boolean isCatchAll() {
        return catchAll;
    }

    /**
     * Matches decoded request segments ({@code ["movies", "42"]}) and returns the path parameters,
     * e.g. {@code {id=42}}; for a greedy variable, the rest of the path joined with {@code /}.
     */
    Optional<Map<String, String>> match(List<String> requestSegments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (catchAll) {
            return Optional.of(parameters);
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment instanceof Segment.Greedy greedy) {
                if (i >= requestSegments.size()) {
                    return Optional.empty(); // greedy takes at least one segment
                }
                parameters.put(greedy.name(), String.join("/", requestSegments.subList(i, requestSegments.size())));
                return Optional.of(parameters);
            }
            if (i >= requestSegments.size()) {
                return Optional.empty();
            }
            String actual = requestSegments.get(i);
            if (segment instanceof Segment.Literal literal && !literal.value().equals(actual)) {
                return Optional.empty();
            }
            if (segment instanceof Segment.Variable variable) {
                parameters.put(variable.name(), actual);
            }
        }
        return segments.size() == requestSegments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /**
     * What makes two templates the same route for API Gateway: variable names do not count, so
     * {@code /movies/{id}} and {@code /movies/{movieId}} have the same shape.
     */
    String shape() {
        if (catchAll) {
            return "$default";
        }
        StringBuilder shape = new StringBuilder();
        for (Segment segment : segments) {
            shape.append('/').append(segment.shape());
        }
        return shape.isEmpty() ? "/" : shape.toString();
    }

    private static int compareSpecificity(PathTemplate a, PathTemplate b) {
        if (a.catchAll || b.catchAll) {
            return Boolean.compare(a.catchAll, b.catchAll);
        }
        for (int i = 0; i < Math.min(a.segments.size(), b.segments.size()); i++) {
            int byKind = Integer.compare(a.segments.get(i).rank(), b.segments.get(i).rank());
            if (byKind != 0) {
                return byKind;
            }
        }
        // Same kinds so far: the longer template fixed more of the path.
        return Integer.compare(b.segments.size(), a.segments.size());
    }

    /** As written in serverless.yml, e.g. {@code /movies/{id}}. */
    @Override
    public String toString() {
        return text;
    }

    /** One piece of a path between slashes. */
    private sealed interface Segment {

        /** Lower is more specific. */
        int rank();

        /** The segment with any variable name left out. */
        String shape();

        record Literal(String value) implements Segment {
            public int rank() {
                return 0;
            }

            public String shape() {
                return value;
            }
        }

        record Variable(String name) implements Segment {
            public int rank() {
                return 1;
            }

            public String shape() {
                return "{}";
            }
        }

        record Greedy(String name) implements Segment {
            public int rank() {
                return 2;
            }

            public String shape() {
                return "{+}";
            }
        }
    }
}
