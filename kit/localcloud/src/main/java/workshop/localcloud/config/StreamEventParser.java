package workshop.localcloud.config;

import java.util.List;
import java.util.Set;

/**
 * {@code stream} events: an event source mapping from a Kinesis stream or a DynamoDB stream.
 *
 * <p>The defaults are those of the deployed mapping. Note that the framework writes
 * {@code BatchSize: 10} when {@code batchSize} is not set, so 10 (not Lambda's API default of 100)
 * is what a deployed function gets.
 *
 * <p>Settings that change which records reach the function or how they are grouped
 * ({@code filterPatterns}, {@code tumblingWindowInSeconds}, a {@code parallelizationFactor} above 1,
 * {@code AT_TIMESTAMP}) are refused; settings that only tune timing or throughput
 * ({@code batchWindow}, {@code maximumRecordAgeInSeconds}, {@code consumer}) are accepted and have no
 * effect locally.
 */
final class StreamEventParser {

    static final int DEFAULT_BATCH_SIZE = 10;

    /** The framework's (v3) settings of a {@code stream} event. */
    private static final List<String> KEYS = List.of("arn", "type", "batchSize", "parallelizationFactor",
            "startingPosition", "startingPositionTimestamp", "enabled", "consumer", "batchWindow",
            "maximumRetryAttempts", "bisectBatchOnFunctionError", "maximumRecordAgeInSeconds", "functionResponseType",
            "destinations", "tumblingWindowInSeconds", "filterPatterns");

    private StreamEventParser() {
    }

    static List<EventDefinition> parse(YamlNode written, Location location, EventContext context) {
        String what = context.describe("stream");
        if (IntrinsicResolver.isFunction(written)) {
            throw new ConfigException(written.location(), what + ": write {arn: ..., type: kinesis|dynamodb} when the"
                    + " ARN is a Ref, GetAtt or ImportValue (as the framework requires)");
        }
        if (!(written instanceof YamlNode.Mapping settings)) {
            // - stream: arn:aws:kinesis:...
            String arn = arn(Values.text(written, "the ARN of " + what), written, what);
            return List.of(new EventDefinition.Stream(typeOf(arn, written, what), arn, DEFAULT_BATCH_SIZE,
                    "TRIM_HORIZON", -1, false, false, null, true, location));
        }
        if (settings.has("maximumBatchingWindow")) {
            throw new ConfigException(settings.locationOf("maximumBatchingWindow"), "unknown key"
                    + " 'maximumBatchingWindow' in " + what + " (that is the sqs event's name; a stream event calls it"
                    + " batchWindow)");
        }
        KeyCheck.onlyKnownKeys(settings, KEYS, what);
        KeyCheck.refuse(settings, Set.of("filterPatterns"), what,
                "event filtering is not emulated; filter the records in the handler");
        KeyCheck.refuse(settings, Set.of("tumblingWindowInSeconds"), what,
                "tumbling-window aggregation is not emulated");
        KeyCheck.refuse(settings, Set.of("startingPositionTimestamp"), what,
                "use startingPosition LATEST or TRIM_HORIZON");

        YamlNode arnNode = settings.get("arn");
        if (Values.isAbsent(arnNode)) {
            throw new ConfigException(settings.location(), what + " needs 'arn' (the stream ARN, e.g. !GetAtt"
                    + " MyTable.StreamArn or !ImportValue my-stream-arn)");
        }
        // Every setting is resolved, so an unsupported function anywhere is refused with its line; the
        // settings as written still tell whether the arn was a function call.
        YamlNode.Mapping values = (YamlNode.Mapping) context.intrinsics().resolve(settings);
        String arn = arn(Values.text(values.get("arn"), "the arn of " + what), arnNode, what);
        String type = type(values, arnNode, arn, what);

        int maxBatchSize = type.equals("dynamodb") ? 1000 : 10000;
        int batchSize = optionalInteger(values, "batchSize", what, 1, maxBatchSize, DEFAULT_BATCH_SIZE);
        String startingPosition = startingPosition(values, what);
        int maximumRetryAttempts = optionalInteger(values, "maximumRetryAttempts", what, -1, 10000, -1);
        boolean bisect = optionalBool(values, "bisectBatchOnFunctionError", what, false);
        boolean reportBatchItemFailures = functionResponseType(values, what);
        String onFailureArn = onFailureArn(settings.get("destinations"), values.get("destinations"), what);
        boolean enabled = optionalBool(values, "enabled", what, true);

        int parallelization = optionalInteger(values, "parallelizationFactor", what, 1, 10, 1);
        if (parallelization != 1) {
            throw new ConfigException(values.get("parallelizationFactor").location(), what + ": parallelizationFactor "
                    + parallelization + " is not supported by the local cloud (it processes one batch per shard at a"
                    + " time, as with 1; remove the setting)");
        }
        // Accepted, without effect locally: they tune latency and throughput, not which records arrive in what order.
        optionalInteger(values, "batchWindow", what, 0, 300, 0);
        maximumRecordAge(values, what);

        return List.of(new EventDefinition.Stream(type, arn, batchSize, startingPosition, maximumRetryAttempts,
                bisect, reportBatchItemFailures, onFailureArn, enabled, location));
    }

    private static String arn(String arn, YamlNode node, String what) {
        if (!arn.startsWith("arn:")) {
            throw new ConfigException(node.location(), what + ": '" + arn + "' is not an ARN (use !GetAtt"
                    + " MyStream.Arn, !GetAtt MyTable.StreamArn or !ImportValue)");
        }
        return arn;
    }

    /** "kinesis" or "dynamodb", from {@code type} or the ARN's service part. */
    private static String type(YamlNode.Mapping settings, YamlNode arnNode, String arn, String what) {
        YamlNode typeNode = settings.get("type");
        if (typeNode == null) {
            if (IntrinsicResolver.isFunction(arnNode)) {
                // As the framework, which cannot see through a Ref or an import when it packages.
                throw new ConfigException(settings.location(), what + " needs 'type: kinesis' or 'type: dynamodb'"
                        + " when arn is a Ref, GetAtt or ImportValue");
            }
            return typeOf(arn, arnNode, what);
        }
        String type = Values.text(typeNode, "type of " + what);
        if (!type.equals("kinesis") && !type.equals("dynamodb")) {
            throw new ConfigException(typeNode.location(), what + ": type must be kinesis or dynamodb, not '" + type
                    + "'");
        }
        String service = arnService(arn);
        if (!service.equals(type)) {
            throw new ConfigException(typeNode.location(), what + ": type is " + type + " but the arn is a " + service
                    + " ARN (" + arn + ")");
        }
        return type;
    }

    private static String typeOf(String arn, YamlNode node, String what) {
        String service = arnService(arn);
        if (!service.equals("kinesis") && !service.equals("dynamodb")) {
            throw new ConfigException(node.location(), what + ": '" + arn + "' is neither a Kinesis stream nor a"
                    + " DynamoDB stream ARN");
        }
        return service;
    }

    private static String arnService(String arn) {
        String[] parts = arn.split(":");
        return parts.length > 2 ? parts[2] : "";
    }

    private static String startingPosition(YamlNode.Mapping settings, String what) {
        YamlNode node = settings.get("startingPosition");
        if (node == null) {
            return "TRIM_HORIZON";
        }
        String position = Values.text(node, "startingPosition of " + what);
        if (position.equals("AT_TIMESTAMP")) {
            throw new ConfigException(node.location(), what + ": startingPosition AT_TIMESTAMP is not supported by the"
                    + " local cloud (use LATEST or TRIM_HORIZON)");
        }
        if (!position.equals("LATEST") && !position.equals("TRIM_HORIZON")) {
            throw new ConfigException(node.location(), what + ": startingPosition must be LATEST or TRIM_HORIZON, not '"
                    + position + "'");
        }
        return position;
    }

    private static boolean functionResponseType(YamlNode.Mapping settings, String what) {
        YamlNode node = settings.get("functionResponseType");
        if (node == null) {
            return false;
        }
        String value = Values.text(node, "functionResponseType of " + what);
        if (!value.equals("ReportBatchItemFailures")) {
            throw new ConfigException(node.location(), what + ": functionResponseType must be ReportBatchItemFailures,"
                    + " not '" + value + "'");
        }
        return true;
    }

    /**
     * {@code destinations.onFailure}: an SNS topic or SQS queue ARN, written alone or as {@code {arn, type}}.
     *
     * @param written  the destinations as written (to see function calls)
     * @param resolved the same with intrinsic functions resolved
     */
    private static String onFailureArn(YamlNode written, YamlNode resolved, String what) {
        if (written == null) {
            return null;
        }
        YamlNode.Mapping map = Values.mapping(written, "destinations of " + what);
        KeyCheck.onlyKnownKeys(map, List.of("onFailure"), "destinations of " + what);
        YamlNode onFailure = map.get("onFailure");
        if (Values.isAbsent(onFailure)) {
            throw new ConfigException(map.location(), what + ": destinations needs onFailure");
        }
        YamlNode resolvedOnFailure = ((YamlNode.Mapping) resolved).get("onFailure");
        YamlNode arnNode = resolvedOnFailure;
        String declaredType = null;
        if (IntrinsicResolver.isFunction(onFailure)) {
            throw new ConfigException(onFailure.location(), what + ": write destinations.onFailure as {arn: ..., type:"
                    + " sns|sqs} when the ARN is a Ref, GetAtt or ImportValue (as the framework requires)");
        }
        if (onFailure instanceof YamlNode.Mapping target) {
            KeyCheck.onlyKnownKeys(target, List.of("arn", "type"), "destinations.onFailure of " + what);
            if (Values.isAbsent(target.get("arn"))) {
                throw new ConfigException(target.location(), what + ": destinations.onFailure needs arn");
            }
            arnNode = ((YamlNode.Mapping) resolvedOnFailure).get("arn");
            if (target.get("type") != null) {
                declaredType = Values.text(target.get("type"), "destinations.onFailure.type of " + what);
            } else if (IntrinsicResolver.isFunction(target.get("arn"))) {
                throw new ConfigException(target.location(), what + ": destinations.onFailure needs 'type: sns' or"
                        + " 'type: sqs' when arn is a Ref, GetAtt or ImportValue");
            }
        }
        String arn = Values.text(arnNode, "destinations.onFailure of " + what);
        String service = arnService(arn);
        if (!arn.startsWith("arn:") || !service.equals("sns") && !service.equals("sqs")) {
            throw new ConfigException(arnNode.location(), what + ": destinations.onFailure must be an SNS topic or SQS"
                    + " queue ARN, not '" + arn + "'");
        }
        if (declaredType != null && !declaredType.equals(service)) {
            throw new ConfigException(onFailure.location(), what + ": destinations.onFailure type is " + declaredType
                    + " but the arn is an " + service + " ARN (" + arn + ")");
        }
        return arn;
    }

    private static void maximumRecordAge(YamlNode.Mapping settings, String what) {
        YamlNode node = settings.get("maximumRecordAgeInSeconds");
        if (node != null) {
            int age = Values.integer(node, "maximumRecordAgeInSeconds of " + what, -1, 604800);
            if (age != -1 && age < 60) {
                throw new ConfigException(node.location(), what + ": maximumRecordAgeInSeconds must be -1 or between"
                        + " 60 and 604800, not " + age);
            }
        }
    }

    private static int optionalInteger(YamlNode.Mapping settings, String key, String what, int min, int max,
                                       int defaultValue) {
        YamlNode node = settings.get(key);
        return node == null ? defaultValue : Values.integer(node, key + " of " + what, min, max);
    }

    private static boolean optionalBool(YamlNode.Mapping settings, String key, String what, boolean defaultValue) {
        YamlNode node = settings.get(key);
        return node == null ? defaultValue : Values.bool(node, key + " of " + what);
    }
}
