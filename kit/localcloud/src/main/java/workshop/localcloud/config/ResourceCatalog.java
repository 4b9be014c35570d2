package workshop.localcloud.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The resources a stack declares, and what {@code Ref} and {@code Fn::GetAtt} return for them, as
 * CloudFormation documents it for each type: a table's {@code Ref} is its name, a topic's is its
 * ARN, a queue's is its URL...
 *
 * <p>Besides {@code resources.Resources}, it knows the function resources the framework adds for
 * each function ({@code <Name>LambdaFunction}), so {@code !GetAtt WorkerLambdaFunction.Arn} works.
 */
final class ResourceCatalog {

    /** A resource as declared: its type and its properties (variables resolved, intrinsics not yet). */
    record Declared(String logicalId, String type, YamlNode.Mapping properties, Location location) {
    }

    /** The property holding the physical name, per type; without it CloudFormation generates a name. */
    private static final Map<String, String> NAME_PROPERTIES = Map.of(
            "AWS::DynamoDB::Table", "TableName",
            "AWS::Kinesis::Stream", "Name",
            "AWS::SNS::Topic", "TopicName",
            "AWS::SQS::Queue", "QueueName",
            "AWS::IAM::Role", "RoleName",
            "AWS::IAM::ManagedPolicy", "ManagedPolicyName");

    static final String FUNCTION_TYPE = "AWS::Lambda::Function";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Map<String, Declared> resources;
    private final Map<String, String> functionNames = new LinkedHashMap<>();
    private final Stack stack;
    private final UnaryOperator<YamlNode> intrinsics;
    private final Map<String, String> physicalNames = new HashMap<>();
    private final Set<String> naming = new HashSet<>();

    /**
     * @param resources     the declared resources, by logical id
     * @param functionNames the deployed name of each function, by its key in {@code functions:}
     * @param intrinsics    resolves intrinsic functions in a name property (a name may be a {@code !Sub})
     */
    ResourceCatalog(Map<String, Declared> resources, Map<String, String> functionNames, Stack stack,
                    UnaryOperator<YamlNode> intrinsics) {
        this.resources = resources;
        this.stack = stack;
        this.intrinsics = intrinsics;
        functionNames.forEach((key, deployedName) -> this.functionNames.put(functionLogicalId(key), deployedName));
    }

    /** The framework's logical id of a function: {@code my-worker} → {@code MyDashworkerLambdaFunction}. */
    static String functionLogicalId(String functionKey) {
        String normalized = functionKey.replace("-", "Dash").replace("_", "Underscore");
        return Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1) + "LambdaFunction";
    }

    boolean contains(String logicalId) {
        return resources.containsKey(logicalId) || functionNames.containsKey(logicalId);
    }

    List<String> logicalIds() {
        List<String> ids = new ArrayList<>(resources.keySet());
        ids.addAll(functionNames.keySet());
        return ids;
    }

    String typeOf(String logicalId) {
        return functionNames.containsKey(logicalId) ? FUNCTION_TYPE : resources.get(logicalId).type();
    }

    /**
     * The resource's name: its name property, else one generated as CloudFormation does,
     * {@code <stack>-<logicalId>-<12 letters and digits>}. The suffix is derived from the stack and
     * the logical id rather than drawn at random, so every load of the same file agrees.
     */
    String physicalName(String logicalId) {
        String functionName = functionNames.get(logicalId);
        if (functionName != null) {
            return functionName;
        }
        String known = physicalNames.get(logicalId);
        if (known != null) {
            return known;
        }
        Declared resource = resources.get(logicalId);
        if (!naming.add(logicalId)) {
            throw new ConfigException(resource.location(), "the name of " + logicalId + " refers to itself"
                    + " (write the name without a Ref or GetAtt of " + logicalId + ")");
        }
        try {
            String name = declaredName(resource);
            if (name == null) {
                name = generatedName(resource);
            }
            physicalNames.put(logicalId, name);
            return name;
        } finally {
            naming.remove(logicalId);
        }
    }

    private String declaredName(Declared resource) {
        String property = NAME_PROPERTIES.get(resource.type());
        YamlNode written = property == null || resource.properties() == null
                ? null : resource.properties().get(property);
        if (written == null) {
            return null;
        }
        YamlNode value = intrinsics.apply(written);
        if (!(value instanceof YamlNode.Scalar scalar && scalar.value() != null
                && Scalars.isScalarValue(scalar.value()))) {
            throw new ConfigException(written.location(), property + " of " + resource.logicalId()
                    + " must be text, not " + value.describe());
        }
        return Scalars.text(scalar.value());
    }

    private String generatedName(Declared resource) {
        String name = stack.name() + "-" + resource.logicalId() + "-" + suffix(resource.logicalId());
        boolean fifo = resource.properties() != null
                && (isTrue(resource.properties().get("FifoQueue")) || isTrue(resource.properties().get("FifoTopic")));
        return fifo ? name + ".fifo" : name; // CloudFormation names a FIFO queue or topic with the suffix it requires
    }

    private static boolean isTrue(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar
                && (Boolean.TRUE.equals(scalar.value()) || "true".equals(scalar.value()));
    }

    private String suffix(String logicalId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((stack.name() + "/" + logicalId).getBytes(StandardCharsets.UTF_8));
            StringBuilder suffix = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                suffix.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
            }
            return suffix.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What {@code Ref} returns for the resource. */
    String ref(String logicalId) {
        String name = physicalName(logicalId);
        return switch (typeOf(logicalId)) {
            case "AWS::SNS::Topic" -> stack.arn("sns", name);
            case "AWS::SQS::Queue" -> queueUrl(name);
            case "AWS::IAM::ManagedPolicy" -> stack.globalArn("iam", "policy/" + name);
            default -> name; // tables, streams, functions, roles and most other types: the physical name
        };
    }

    /** What {@code Fn::GetAtt} returns; {@code Location} names the GetAtt in errors. */
    String getAtt(String logicalId, String attribute, Location location) {
        String type = typeOf(logicalId);
        String name = physicalName(logicalId);
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (type) {
            case "AWS::DynamoDB::Table" -> {
                attributes.put("Arn", tableArn(name));
                if (attribute.equals("StreamArn") && !hasStream(logicalId)) {
                    throw new ConfigException(location, "Fn::GetAtt " + logicalId + ".StreamArn: table " + logicalId
                            + " has no StreamSpecification, so no stream (add StreamSpecification:"
                            + " {StreamViewType: NEW_AND_OLD_IMAGES} to the table)");
                }
                // The label of a real stream ARN is its creation time; the local cloud finds a table's
                // stream by the table name in the ARN, whatever the label.
                attributes.put("StreamArn", tableArn(name) + "/stream/local");
            }
            case "AWS::Kinesis::Stream" -> attributes.put("Arn", stack.arn("kinesis", "stream/" + name));
            case "AWS::SNS::Topic" -> {
                attributes.put("TopicArn", stack.arn("sns", name));
                attributes.put("TopicName", name);
            }
            case "AWS::SQS::Queue" -> {
                attributes.put("Arn", stack.arn("sqs", name));
                attributes.put("QueueName", name);
                attributes.put("QueueUrl", queueUrl(name));
            }
            case "AWS::IAM::Role" -> attributes.put("Arn", stack.globalArn("iam", "role/" + name));
            case FUNCTION_TYPE -> attributes.put("Arn", stack.arn("lambda", "function:" + name));
            default -> {
                // No attribute of other types is modelled.
            }
        }
        String value = attributes.get(attribute);
        if (value == null) {
            String known = attributes.isEmpty() ? "none of this type's attributes is modelled locally"
                    : KeyCheck.didYouMean(attribute, attributes.keySet()).map(hint -> "did you mean '" + hint + "'? ")
                    .orElse("") + "supported: " + String.join(", ", attributes.keySet());
            throw new ConfigException(location, "Fn::GetAtt " + logicalId + "." + attribute + ": " + type
                    + " has no attribute '" + attribute + "' the local cloud knows (" + known + ")");
        }
        return value;
    }

    private boolean hasStream(String logicalId) {
        Declared table = resources.get(logicalId);
        return table.properties() != null && table.properties().get("StreamSpecification") != null;
    }

    private String tableArn(String name) {
        return stack.arn("dynamodb", "table/" + name);
    }

    private String queueUrl(String name) {
        return "https://sqs." + stack.region() + "." + stack.urlSuffix() + "/" + stack.accountId() + "/" + name;
    }
}
