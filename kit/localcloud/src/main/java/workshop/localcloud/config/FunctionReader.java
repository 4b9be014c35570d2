package workshop.localcloud.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code functions:} into {@link FunctionDefinition}s, with the provider's defaults applied
 * as the framework applies them.
 */
final class FunctionReader {

    /** The framework's defaults when neither the function nor the provider sets a value. */
    static final int DEFAULT_TIMEOUT_SECONDS = 6;
    static final int DEFAULT_MEMORY_SIZE = 1024;

    /** Lambda's limit on a function name. */
    private static final int MAX_NAME_LENGTH = 64;

    /**
     * The framework's (v3) settings of an AWS function, plus those of the widely used
     * serverless-iam-roles-per-function plugin ({@code iamRoleStatements...}).
     */
    static final List<String> KEYS = List.of("handler", "name", "description", "events", "environment", "timeout",
            "memorySize", "runtime", "runtimeManagement", "architecture", "role", "package", "layers", "tags",
            "reservedConcurrency", "provisionedConcurrency", "ephemeralStorageSize", "snapStart",
            "logRetentionInDays", "logDataProtectionPolicy", "disableLogs", "tracing", "vpc", "url", "destinations",
            "maximumEventAge", "maximumRetryAttempts", "onError", "kmsKeyArn", "awsKmsKeyArn", "versionFunction",
            "dependsOn", "condition", "image", "fileSystemConfig", "httpApi",
            "iamRoleStatements", "iamRoleStatementsName", "iamRoleStatementsInherit", "iamPermissionsBoundary");

    private FunctionReader() {
    }

    /** The deployed name of each function, by key: what Ref returns for its {@code <Name>LambdaFunction}. */
    static Map<String, String> deployedNames(YamlNode functions, String service, String stage) {
        Map<String, String> names = new LinkedHashMap<>();
        for (YamlNode.Entry entry : entries(functions)) {
            YamlNode name = entry.value() instanceof YamlNode.Mapping function ? function.get("name") : null;
            names.put(entry.key(), name instanceof YamlNode.Scalar scalar && scalar.isText()
                    ? (String) scalar.value() : service + "-" + stage + "-" + entry.key());
        }
        return names;
    }

    static Map<String, FunctionDefinition> read(YamlNode functions, ProviderSettings provider,
                                                PackageSettings servicePackage, Stack stack,
                                                IntrinsicResolver intrinsics) {
        Map<String, FunctionDefinition> definitions = new LinkedHashMap<>();
        for (YamlNode.Entry entry : entries(functions)) {
            definitions.put(entry.key(), readOne(entry, provider, servicePackage, stack, intrinsics));
        }
        return definitions;
    }

    private static List<YamlNode.Entry> entries(YamlNode functions) {
        return Values.isAbsent(functions) ? List.of() : Values.mapping(functions, "functions").entries();
    }

    private static FunctionDefinition readOne(YamlNode.Entry entry, ProviderSettings provider,
                                              PackageSettings servicePackage, Stack stack,
                                              IntrinsicResolver intrinsics) {
        String key = entry.key();
        String what = "function '" + key + "'";
        if (!key.matches("[a-zA-Z0-9_-]+")) {
            throw new ConfigException(entry.keyLocation(), "'" + key + "' is not a valid function name (letters,"
                    + " digits, '-' and '_' only)");
        }
        if (Values.isAbsent(entry.value())) {
            throw new ConfigException(entry.keyLocation(), what + " is empty (it needs at least a handler)");
        }
        YamlNode.Mapping function = Values.mapping(entry.value(), what);
        KeyCheck.onlyKnownKeys(function, KEYS, what);
        KeyCheck.refuse(function, Set.of("image"), what, "it runs handler classes from the classpath, not container"
                + " images; set handler");
        KeyCheck.refuse(function, Set.of("condition"), what, "CloudFormation conditions are not evaluated");
        KeyCheck.refuse(function, Set.of("fileSystemConfig"), what, "EFS file systems are not emulated");

        YamlNode handler = function.get("handler");
        if (Values.isAbsent(handler)) {
            throw new ConfigException(entry.keyLocation(), what + " needs a handler (e.g. handler:"
                    + " workshop.movies.ProcessorHandler)");
        }
        String deployedName = deployedName(function, key, stack, entry.keyLocation());
        int timeout = function.get("timeout") != null
                ? Values.integer(function.get("timeout"), "timeout of " + what, 1, 900)
                : provider.timeoutSeconds() != null ? provider.timeoutSeconds() : DEFAULT_TIMEOUT_SECONDS;
        int memorySize = function.get("memorySize") != null
                ? Values.integer(function.get("memorySize"), "memorySize of " + what, 128, 10240)
                : provider.memorySize() != null ? provider.memorySize() : DEFAULT_MEMORY_SIZE;

        Map<String, String> environment = new LinkedHashMap<>(provider.environment());
        environment.putAll(ProviderSettings.environment(function.get("environment"), "environment of " + what,
                intrinsics));
        resolveForChecks(function, intrinsics);
        String artifact = PackageSettings.artifactOf(
                PackageSettings.read(function.get("package"), "package of " + what), servicePackage);

        String payload = ProviderSettings.httpApiPayload(function.get("httpApi"), "httpApi of " + what);
        EventContext context = new EventContext(key, stack, intrinsics,
                payload != null ? payload : provider.httpApiPayload() != null ? provider.httpApiPayload() : "2.0");
        List<EventDefinition> events = EventReader.read(function.get("events"), context);

        return new FunctionDefinition(key, deployedName, Values.text(handler, "handler of " + what), timeout,
                memorySize, Collections.unmodifiableMap(environment), artifact, List.copyOf(events),
                entry.keyLocation());
    }

    private static String deployedName(YamlNode.Mapping function, String key, Stack stack, Location location) {
        YamlNode name = function.get("name");
        String deployedName = name != null ? Values.text(name, "name of function '" + key + "'")
                : stack.service() + "-" + stack.stage() + "-" + key;
        if (deployedName.length() > MAX_NAME_LENGTH) {
            throw new ConfigException(name != null ? name.location() : location, "the deployed name '" + deployedName
                    + "' of function '" + key + "' is " + deployedName.length() + " characters long; Lambda allows "
                    + MAX_NAME_LENGTH + " (set a shorter name:)");
        }
        return deployedName;
    }

    /** Settings that do nothing locally but whose functions must still be ones the local cloud can evaluate. */
    private static void resolveForChecks(YamlNode.Mapping function, IntrinsicResolver intrinsics) {
        for (String key : List.of("role", "iamRoleStatements", "destinations", "onError")) {
            if (function.get(key) != null) {
                intrinsics.resolve(function.get(key));
            }
        }
    }
}
