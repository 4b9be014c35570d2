package workshop.localcloud.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code http} (API Gateway REST API) and {@code httpApi} (API Gateway HTTP API) events. Both
 * always use the Lambda proxy integration locally, which is the framework's default.
 */
final class HttpEventParser {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

    /** The framework's (v3) settings of an {@code http} event. */
    private static final List<String> HTTP_KEYS = List.of("method", "path", "cors", "private", "async", "authorizer",
            "integration", "request", "response", "operationId", "connectionId", "connectionType");

    private static final List<String> HTTP_API_KEYS = List.of("method", "path", "authorizer");

    /** Integrations that pass the whole request to the function and its response back: the proxy ones. */
    private static final Set<String> PROXY_INTEGRATIONS = Set.of("lambda-proxy", "lambda_proxy", "aws_proxy", "aws-proxy");

    private HttpEventParser() {
    }

    /** {@code - http: GET /movies/{id}} or {@code - http: {method: get, path: movies/{id}}}. */
    static List<EventDefinition> http(YamlNode written, Location location, EventContext context) {
        String what = context.describe("http");
        YamlNode settings = context.intrinsics().resolve(written);
        String method;
        String path;
        if (settings instanceof YamlNode.Mapping map) {
            KeyCheck.onlyKnownKeys(map, HTTP_KEYS, what);
            method = Values.text(required(map, "method", what), "method of " + what);
            path = Values.text(required(map, "path", what), "path of " + what);
            checkProxyIntegration(map, what);
        } else {
            String[] methodAndPath = methodAndPath(settings, what, "GET /movies/{id}");
            method = methodAndPath[0];
            path = methodAndPath[1];
        }
        return List.of(new EventDefinition.Http(method(method, settings.location(), what), normalizedPath(path),
                location));
    }

    /** {@code - httpApi: '*'}, {@code - httpApi: 'GET /slack'} or {@code - httpApi: {method, path}}. */
    static List<EventDefinition> httpApi(YamlNode written, Location location, EventContext context) {
        String what = context.describe("httpApi");
        YamlNode settings = context.intrinsics().resolve(written);
        String method;
        String path;
        if (settings instanceof YamlNode.Mapping map) {
            KeyCheck.onlyKnownKeys(map, HTTP_API_KEYS, what);
            path = Values.text(required(map, "path", what), "path of " + what);
            method = map.get("method") == null ? null : Values.text(map.get("method"), "method of " + what);
        } else if (settings instanceof YamlNode.Scalar scalar && "*".equals(scalar.value())) {
            method = null;
            path = "*";
        } else {
            String[] methodAndPath = methodAndPath(settings, what, "GET /slack");
            method = methodAndPath[0];
            path = methodAndPath[1];
        }
        if (path.equals("*")) {
            // The catch-all route, API Gateway's $default: every method, every path.
            if (method != null && !method.equals("*")) {
                throw new ConfigException(settings.location(), what + ": the catch-all path '*' takes every method"
                        + " (remove the method or write method: '*')");
            }
            return List.of(new EventDefinition.HttpApi("ANY", "*", context.httpApiPayload(), location));
        }
        if (!path.startsWith("/")) {
            throw new ConfigException(settings.location(), what + ": the path must start with '/' (write '/" + path
                    + "'; the framework refuses it without)");
        }
        if (method == null) {
            throw new ConfigException(settings.location(), what + " needs a method (GET, POST, ... or '*' for all)");
        }
        String upper = method.equals("*") ? "ANY" : method(method, settings.location(), what);
        return List.of(new EventDefinition.HttpApi(upper, normalizedPath(path), context.httpApiPayload(), location));
    }

    private static YamlNode required(YamlNode.Mapping map, String key, String what) {
        YamlNode value = map.get(key);
        if (Values.isAbsent(value)) {
            throw new ConfigException(map.location(), what + " needs '" + key + "'");
        }
        return value;
    }

    private static String[] methodAndPath(YamlNode settings, String what, String example) {
        String text = Values.text(settings, what);
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new ConfigException(settings.location(), what + " must be 'METHOD /path', e.g. '" + example
                    + "', not '" + text + "'");
        }
        return parts;
    }

    private static String method(String method, Location location, String what) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw new ConfigException(location, what + ": unknown HTTP method '" + method + "' (GET, POST, PUT,"
                    + " PATCH, DELETE, HEAD, OPTIONS or ANY)");
        }
        return upper;
    }

    /** One leading slash, no trailing slash: "movies/{id}/" and "/movies/{id}" are the same route. */
    private static String normalizedPath(String path) {
        String trimmed = path.strip().replaceAll("^/+", "").replaceAll("/+$", "");
        return "/" + trimmed;
    }

    /** Only the proxy integration passes the request through unchanged; the others need mapping templates. */
    private static void checkProxyIntegration(YamlNode.Mapping map, String what) {
        YamlNode integration = map.get("integration");
        if (integration != null) {
            String value = Values.text(integration, "integration of " + what);
            if (!PROXY_INTEGRATIONS.contains(value.toLowerCase(Locale.ROOT))) {
                throw new ConfigException(integration.location(), what + ": integration '" + value + "' is not"
                        + " supported by the local cloud (only lambda-proxy, the default: remove the setting)");
            }
        }
        YamlNode async = map.get("async");
        if (async != null && Values.bool(async, "async of " + what)) {
            throw new ConfigException(async.location(), what + ": async: true (an asynchronous, non-proxy"
                    + " integration) is not supported by the local cloud (remove it)");
        }
    }
}
