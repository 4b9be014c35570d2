package workshop.localcloud.config;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code sns} events: {@code - sns: topicName}, {@code - sns: arn:aws:sns:...} or
 * {@code - sns: {arn: ..., topicName: ...}}. A topic given by name only is one the framework
 * creates with the function's stack, in the stack's region and account.
 */
final class SnsEventParser {

    private static final List<String> KEYS = List.of("arn", "topicName", "displayName", "filterPolicy",
            "filterPolicyScope", "redrivePolicy");

    private static final Pattern TOPIC_NAME = Pattern.compile("[\\w-]{1,256}");

    private SnsEventParser() {
    }

    static List<EventDefinition> parse(YamlNode written, Location location, EventContext context) {
        String what = context.describe("sns");
        if (IntrinsicResolver.isFunction(written)) {
            throw new ConfigException(written.location(), what + ": write {arn: ..., topicName: ...} when the ARN is"
                    + " a Ref, GetAtt or ImportValue (as the framework requires)");
        }
        if (!(written instanceof YamlNode.Mapping settings)) {
            String text = Values.text(written, what);
            if (text.startsWith("arn:")) {
                return List.of(new EventDefinition.Sns(text, topicNameOf(text, written, what), location));
            }
            String topicName = topicName(text, written, what);
            return List.of(new EventDefinition.Sns(context.stack().arn("sns", topicName), topicName, location));
        }
        KeyCheck.onlyKnownKeys(settings, KEYS, what);
        KeyCheck.refuse(settings, Set.of("filterPolicy", "filterPolicyScope"), what,
                "message filtering is not emulated: every message reaches the function; filter in the handler");
        KeyCheck.refuse(settings, Set.of("redrivePolicy"), what, "a subscription dead-letter queue is not emulated");
        YamlNode.Mapping values = (YamlNode.Mapping) context.intrinsics().resolve(settings);

        YamlNode arnNode = settings.get("arn");
        YamlNode topicNameNode = values.get("topicName");
        String topicName = topicNameNode == null ? null
                : topicName(Values.text(topicNameNode, "topicName of " + what), topicNameNode, what);
        if (arnNode == null) {
            if (topicName == null) {
                throw new ConfigException(settings.location(), what + " needs arn or topicName");
            }
            return List.of(new EventDefinition.Sns(context.stack().arn("sns", topicName), topicName, location));
        }
        if (topicName == null && IntrinsicResolver.isFunction(arnNode)) {
            // As the framework, which cannot see the name through a Ref or an import when it packages.
            throw new ConfigException(settings.location(), what + " needs topicName when arn is a Ref, GetAtt or"
                    + " ImportValue");
        }
        String arn = Values.text(values.get("arn"), "arn of " + what);
        if (!arn.startsWith("arn:") || !arn.split(":")[2].equals("sns")) {
            throw new ConfigException(arnNode.location(), what + ": '" + arn + "' is not an SNS topic ARN");
        }
        return List.of(new EventDefinition.Sns(arn, topicName != null ? topicName : topicNameOf(arn, arnNode, what),
                location));
    }

    private static String topicName(String name, YamlNode node, String what) {
        if (!TOPIC_NAME.matcher(name).matches()) {
            throw new ConfigException(node.location(), what + ": '" + name + "' is not a topic name (letters, digits,"
                    + " '-' and '_' only) nor an ARN");
        }
        return name;
    }

    /** The last part of {@code arn:aws:sns:<region>:<account>:<name>}. */
    private static String topicNameOf(String arn, YamlNode node, String what) {
        String[] parts = arn.split(":");
        if (parts.length != 6 || !parts[2].equals("sns") || parts[5].isEmpty()) {
            throw new ConfigException(node.location(), what + ": '" + arn + "' is not an SNS topic ARN"
                    + " (arn:aws:sns:<region>:<account>:<topic>)");
        }
        return parts[5];
    }
}
