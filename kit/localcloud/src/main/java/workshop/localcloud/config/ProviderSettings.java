package workshop.localcloud.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code provider:} block: the defaults every function inherits.
 *
 * @param timeoutSeconds {@code provider.timeout}, or null
 * @param memorySize     {@code provider.memorySize}, or null
 * @param environment    {@code provider.environment}, resolved to text
 * @param httpApiPayload {@code provider.httpApi.payload}, or null
 */
record ProviderSettings(Integer timeoutSeconds, Integer memorySize, Map<String, String> environment,
                        String httpApiPayload) {

    /** The framework's (v3) AWS provider settings. */
    static final List<String> KEYS = List.of("name", "alb", "apiGateway", "apiName", "architecture", "cfnRole",
            "cloudFront", "deploymentBucket", "deploymentMethod", "deploymentPrefix", "disableRollback",
            "endpointType", "environment", "eventBridge", "httpApi", "iam", "iamManagedPolicies", "iamRoleStatements",
            "ecr", "kinesis", "kmsKeyArn", "lambdaHashingVersion", "layers", "logRetentionInDays",
            "logDataProtectionPolicy", "logs", "memorySize", "notificationArns", "profile", "region", "role",
            "rolePermissionsBoundary", "rollbackConfiguration", "runtime", "runtimeManagement", "s3", "stackName",
            "stackParameters", "stackPolicy", "stackTags", "stage", "tags", "timeout", "tracing", "versionFunctions",
            "vpc", "vpcEndpointIds", "websocket", "websocketsApiName", "websocketsApiRouteSelectionExpression",
            "websocketsDescription");

    private static final List<String> HTTP_API_KEYS = List.of("authorizers", "cors", "id", "name", "payload",
            "metrics", "useProviderTags", "disableDefaultEndpoint", "shouldStartNameWithService");

    /** Reads the block; {@code intrinsics} resolves functions in the environment and IAM statements. */
    static ProviderSettings read(YamlNode.Mapping provider, IntrinsicResolver intrinsics) {
        Integer timeout = provider.get("timeout") == null ? null
                : Values.integer(provider.get("timeout"), "provider.timeout", 1, 900);
        Integer memory = provider.get("memorySize") == null ? null
                : Values.integer(provider.get("memorySize"), "provider.memorySize", 128, 10240);
        Map<String, String> environment = environment(provider.get("environment"), "provider.environment", intrinsics);
        // IAM is not enforced locally, but its statements are resolved so a deploy-time error shows up here too.
        if (provider.get("iam") != null) {
            intrinsics.resolve(provider.get("iam"));
        }
        if (provider.get("iamRoleStatements") != null) {
            intrinsics.resolve(provider.get("iamRoleStatements"));
        }
        return new ProviderSettings(timeout, memory, environment, httpApiPayload(provider.get("httpApi"),
                "provider.httpApi"));
    }

    /** Checks the block's keys and {@code name: aws}; needs no intrinsic function, so it runs first. */
    static YamlNode.Mapping check(YamlNode.Mapping root) {
        YamlNode node = root.get("provider");
        if (Values.isAbsent(node)) {
            throw new ConfigException(root.locationOf("provider"), "missing provider (add provider: {name: aws,"
                    + " runtime: java17})");
        }
        YamlNode.Mapping provider = Values.mapping(node, "provider");
        KeyCheck.onlyKnownKeys(provider, KEYS, "provider");
        YamlNode name = provider.get("name");
        if (Values.isAbsent(name)) {
            throw new ConfigException(provider.location(), "provider needs 'name: aws'");
        }
        if (!"aws".equals(Values.text(name, "provider.name"))) {
            throw new ConfigException(name.location(), "provider.name must be aws, not " + name.describe()
                    + " (the local cloud runs AWS Lambda apps only)");
        }
        return provider;
    }

    /** "1.0" or "2.0", or null when not set. */
    static String httpApiPayload(YamlNode httpApi, String what) {
        if (httpApi == null) {
            return null;
        }
        YamlNode.Mapping settings = Values.mapping(httpApi, what);
        if (what.equals("provider.httpApi")) {
            KeyCheck.onlyKnownKeys(settings, HTTP_API_KEYS, what);
        } else {
            KeyCheck.onlyKnownKeys(settings, List.of("payload"), what);
        }
        YamlNode payload = settings.get("payload");
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof YamlNode.Scalar scalar && Set.of("1.0", "2.0").contains(scalar.value()))) {
            throw new ConfigException(payload.location(), what + ".payload must be '1.0' or '2.0' (quoted: unquoted"
                    + " 2.0 is a number), not " + payload.describe());
        }
        return (String) scalar.value();
    }

    /**
     * An {@code environment:} map, each value resolved to text; Lambda takes nothing else, and the
     * names Lambda reserves for itself (AWS_REGION...) are refused as Lambda refuses them.
     */
    static Map<String, String> environment(YamlNode node, String what, IntrinsicResolver intrinsics) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (Values.isAbsent(node)) {
            return environment;
        }
        for (YamlNode.Entry entry : Values.mapping(node, what).entries()) {
            if (!entry.key().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException(entry.keyLocation(), "'" + entry.key() + "' in " + what + " is not a valid"
                        + " variable name (letters, digits and '_', not starting with a digit)");
            }
            if (RESERVED_VARIABLES.contains(entry.key())) {
                throw new ConfigException(entry.keyLocation(), entry.key() + " in " + what + " is reserved by Lambda,"
                        + " which sets it itself and refuses to deploy a function that sets it (remove it)");
            }
            if (Values.isAbsent(entry.value())) {
                throw new ConfigException(entry.keyLocation(), entry.key() + " in " + what + " has no value (write ''"
                        + " for an empty one)");
            }
            environment.put(entry.key(), intrinsics.resolveText(entry.value(), what + "." + entry.key()));
        }
        return environment;
    }

    /** Lambda's reserved environment variables, which a function's configuration may not set. */
    private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID",
            "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
            "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR");
}
