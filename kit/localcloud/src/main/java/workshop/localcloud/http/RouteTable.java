package workshop.localcloud.http;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * All routes of the local API Gateway, and the choice of the one that serves a request.
 *
 * <p>REST API routes answer at two addresses: {@code /<stage>/movies/42}, like their real invoke URL
 * (and serverless-offline), and {@code /movies/42}, the short form the CLI prints. HTTP API routes
 * live on the {@code $default} stage, which has no prefix. Because the short forms share one address
 * space, two routes with the same method and path are a conflict even across the two kinds of API.
 */
final class RouteTable {

    /** Among routes that all match a request: the most specific path, then a named method over ANY. */
    private static final Comparator<RouteMatch.Found> BEST_FIRST = Comparator
            .comparing((RouteMatch.Found found) -> found.route().path(), PathTemplate.MOST_SPECIFIC_FIRST)
            .thenComparing(found -> found.route().method().equals(Route.ANY));

    // Written at start-up, read by every request thread: copy-on-write needs no locking on reads.
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * @throws IllegalArgumentException when another route already has this method and path
     */
    synchronized void add(Route route) {
        for (Route existing : routes) {
            if (existing.method().equals(route.method())
                    && existing.path().shape().equals(route.path().shape())) {
                throw new IllegalArgumentException("Duplicate route " + route.routeKey() + ": "
                        + route.owner() + " and " + existing.owner() + " both claim it"
                        + (existing.api() != route.api()
                                ? "; REST API routes are also served without their stage prefix, so they share paths with HTTP API routes."
                                : "."));
            }
        }
        routes.add(route);
    }

    /** In the order they were added. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Finds the route for a request, as API Gateway does: a path addressed to a REST API stage is
     * looked up among that stage's routes first; otherwise every route competes and the most
     * specific one wins.
     */
    RouteMatch resolve(String method, String rawPath) {
        for (String stage : restStages()) {
            Optional<String> withinStage = stripStage(rawPath, stage);
            if (withinStage.isPresent()) {
                List<Route> stageRoutes = routes.stream()
                        .filter(route -> route.api() == ApiKind.REST_API && route.stage().equals(stage))
                        .toList();
                Optional<RouteMatch.Found> found = bestMatch(method, withinStage.get(), stageRoutes);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        Optional<RouteMatch.Found> found = bestMatch(method, rawPath, routes);
        if (found.isPresent()) {
            return found.get();
        }
        return new RouteMatch.NotFound(answeringApi(rawPath));
    }

    private static Optional<RouteMatch.Found> bestMatch(String method, String rawPath, List<Route> candidates) {
        List<String> segments = RequestPath.segments(rawPath);
        return candidates.stream()
                .filter(route -> route.acceptsMethod(method))
                .flatMap(route -> route.path().match(segments)
                        .map(parameters -> new RouteMatch.Found(route, parameters, rawPath))
                        .stream())
                .min(BEST_FIRST);
    }

    /**
     * A request no route takes gets the REST API's answer (403) when it was meant for the REST API: its
     * path starts with a REST stage, or a REST route has this path with other methods. Otherwise it gets
     * the HTTP API's answer (404), which is also the honest answer for a path nobody declared.
     */
    private ApiKind answeringApi(String rawPath) {
        for (String stage : restStages()) {
            if (stripStage(rawPath, stage).isPresent()) {
                return ApiKind.REST_API;
            }
        }
        List<String> segments = RequestPath.segments(rawPath);
        boolean restPathWithOtherMethods = routes.stream()
                .anyMatch(route -> route.api() == ApiKind.REST_API && route.path().match(segments).isPresent());
        return restPathWithOtherMethods ? ApiKind.REST_API : ApiKind.HTTP_API;
    }

    private Set<String> restStages() {
        Set<String> stages = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.api() == ApiKind.REST_API) {
                stages.add(route.stage());
            }
        }
        return stages;
    }

    /** {@code /dev/movies/42} in stage {@code dev} gives {@code /movies/42}; {@code /dev} gives {@code /}. */
    private static Optional<String> stripStage(String rawPath, String stage) {
        String prefix = "/" + stage;
        if (rawPath.equals(prefix) || rawPath.equals(prefix + "/")) {
            return Optional.of("/");
        }
        return rawPath.startsWith(prefix + "/") ? Optional.of(rawPath.substring(prefix.length())) : Optional.empty();
    }
}
