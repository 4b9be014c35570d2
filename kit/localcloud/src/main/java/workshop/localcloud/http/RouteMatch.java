package workshop.localcloud.http;

import java.util.Map;

/** What the route table found for a request. */
sealed interface RouteMatch {

    /**
     * A route takes the request.
     *
     * @param pathParameters  decoded values of the template's variables, in template order
     * @param pathWithinStage the raw request path without any stage prefix, e.g. {@code /movies/42}
     */
    record Found(Route route, Map<String, String> pathParameters, String pathWithinStage) implements RouteMatch {
    }

    /**
     * No route takes the request (unknown path, or a known path without this method).
     *
     * @param answeringApi whose error answer to give: the REST API's when the request was addressed to it
     */
    record NotFound(ApiKind answeringApi) implements RouteMatch {
    }
}
