package workshop.localcloud.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import workshop.localcloud.config.VariableParser.Literal;
import workshop.localcloud.config.VariableParser.Nested;
import workshop.localcloud.config.VariableParser.Reference;
import workshop.localcloud.config.VariableParser.Source;
import workshop.localcloud.config.VariableParser.Template;
import workshop.localcloud.config.VariableParser.Text;
import workshop.localcloud.config.VariableParser.Variable;

/**
 * Replaces every Serverless Framework variable of a file by its value, as {@code serverless
 * package} does before anything else: {@code ${env:...}}, {@code ${opt:...}}, {@code ${sls:stage}},
 * {@code ${self:...}}, {@code ${param:...}} and {@code ${aws:region}}/{@code ${aws:accountId}}.
 *
 * <p>{@code ${self:...}} points anywhere into the same file, and the value found there may hold
 * variables of its own; values are resolved on demand and remembered, and a value that needs itself
 * is reported as a cycle instead of overflowing the stack.
 */
final class VariableResolver {

    private static final Pattern STAGE_NAME = Pattern.compile("[a-zA-Z0-9-]+");

    private final YamlNode.Mapping root;
    private final LoadOptions options;
    private final Map<YamlNode, YamlNode> resolved = new IdentityHashMap<>();
    private final Set<YamlNode> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<String> chain = new ArrayDeque<>();
    private String stage;
    private String region;

    VariableResolver(YamlNode.Mapping root, LoadOptions options) {
        this.root = root;
        this.options = options;
    }

    /** The whole file with every variable replaced. */
    YamlNode.Mapping resolveAll() {
        return (YamlNode.Mapping) resolve(root);
    }

    /**
     * The stage, as the framework's {@code ${sls:stage}}: {@code --stage}, else {@code provider.stage},
     * else "dev".
     */
    String stage() {
        if (stage == null) {
            YamlNode written = providerSetting("stage");
            String value = options.stage() != null ? options.stage() : text(written, "provider.stage", "dev");
            if (!STAGE_NAME.matcher(value).matches()) {
                throw new ConfigException(written != null ? written.location() : root.location(), "invalid stage '"
                        + value + "' (letters, digits and dashes only)");
            }
            stage = value;
        }
        return stage;
    }

    /** The region: {@code --region}, else {@code provider.region}, else "us-east-1", as the framework. */
    String region() {
        if (region == null) {
            region = options.region() != null ? options.region()
                    : text(providerSetting("region"), "provider.region", "us-east-1");
        }
        return region;
    }

    private YamlNode providerSetting(String key) {
        return root.get("provider") instanceof YamlNode.Mapping provider ? provider.get(key) : null;
    }

    private String text(YamlNode written, String what, String fallback) {
        if (written == null) {
            return fallback;
        }
        YamlNode value = resolve(written);
        if (value instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return fallback;
        }
        if (!(value instanceof YamlNode.Scalar scalar && scalar.isText() && !((String) scalar.value()).isBlank())) {
            throw new ConfigException(written.location(), what + " must be text, not " + value.describe());
        }
        return (String) scalar.value();
    }

    private YamlNode resolve(YamlNode node) {
        YamlNode done = resolved.get(node);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(node)) {
            String cycle = chain.isEmpty() ? "this value" : String.join(" -> ", chain);
            throw new ConfigException(node.location(), "circular reference: " + cycle
                    + " needs itself (break the cycle with a fixed value or another source)");
        }
        try {
            YamlNode value = resolveUncached(node);
            resolved.put(node, value);
            return value;
        } finally {
            inProgress.remove(node);
        }
    }

    private YamlNode resolveUncached(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (YamlNode.Entry entry : mapping.entries()) {
                entries.add(new YamlNode.Entry(entry.key(), entry.keyLocation(), resolve(entry.value())));
            }
            return new YamlNode.Mapping(entries, mapping.tag(), mapping.location());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return new YamlNode.Sequence(sequence.items().stream().map(this::resolve).toList(), sequence.tag(),
                    sequence.location());
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (!(scalar.value() instanceof String text) || !text.contains("${")) {
            return scalar;
        }
        return resolveText(scalar, VariableParser.parse(text, scalar.location()));
    }

    private YamlNode resolveText(YamlNode.Scalar scalar, Template template) {
        if (!template.hasVariables()) {
            return scalar;
        }
        if (template.isSingleVariable()) {
            // The whole value is one variable: it may stand for a number, a map or a list.
            YamlNode value = value((Variable) template.parts().get(0), scalar.location());
            if (value instanceof YamlNode.Scalar result) {
                if (scalar.tag() != null && result.tag() != null) {
                    throw new ConfigException(scalar.location(), scalar.tag() + " cannot take " + result.tag() + " '"
                            + result.value() + "' from " + scalar.value() + " (write the functions in the long"
                            + " form, e.g. Fn::ImportValue: {Fn::Sub: ...})");
                }
                // The referenced value may itself be a function such as "!ImportValue name": keep its tag.
                String tag = scalar.tag() != null ? scalar.tag() : result.tag();
                return new YamlNode.Scalar(result.value(), tag, scalar.location());
            }
            if (scalar.tag() != null) {
                throw new ConfigException(scalar.location(), scalar.tag() + " needs text, but '" + scalar.value()
                        + "' is " + value.describe());
            }
            // A map or list from elsewhere: an error about it as a whole points here, where it is used;
            // an error inside it points to where its keys are written.
            return value instanceof YamlNode.Mapping mapping
                    ? new YamlNode.Mapping(mapping.entries(), null, scalar.location())
                    : new YamlNode.Sequence(((YamlNode.Sequence) value).items(), null, scalar.location());
        }
        return new YamlNode.Scalar(render(template, scalar.location()), scalar.tag(), scalar.location());
    }

    /** The template as text: each variable must be text, a number or a boolean. */
    private String render(Template template, Location location) {
        StringBuilder text = new StringBuilder();
        for (VariableParser.Part part : template.parts()) {
            if (part instanceof Text literal) {
                text.append(literal.text());
            } else {
                Variable variable = (Variable) part;
                YamlNode value = value(variable, location);
                if (IntrinsicResolver.isFunction(value)) {
                    throw new ConfigException(location, variable.written() + " is a CloudFormation function, which"
                            + " cannot be part of a text (combine it with !Join or !Sub instead)");
                }
                if (!(value instanceof YamlNode.Scalar scalar)) {
                    throw new ConfigException(location, variable.written() + " is " + value.describe()
                            + " and cannot be part of a text (reference it as the whole value instead)");
                }
                text.append(Scalars.text(scalar.value()));
            }
        }
        return text.toString();
    }

    /** The variable's value: its first source that has one. */
    private YamlNode value(Variable variable, Location location) {
        YamlNode value = valueOrNull(variable, location);
        if (value == null) {
            throw missing(variable, location);
        }
        return value;
    }

    private YamlNode valueOrNull(Variable variable, Location location) {
        chain.addLast(variable.written());
        try {
            for (Source source : variable.sources()) {
                YamlNode value = sourceValue(source, location);
                if (value != null && !(value instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
                    return value;
                }
            }
            return null;
        } finally {
            chain.removeLast();
        }
    }

    private YamlNode sourceValue(Source source, Location location) {
        if (source instanceof Literal literal) {
            return YamlNode.Scalar.of(literal.value(), location);
        }
        if (source instanceof Nested nested) {
            return valueOrNull(nested.variable(), location);
        }
        Reference reference = (Reference) source;
        String address = render(reference.address(), location);
        if (address.isEmpty() && !reference.source().equals("self")) {
            throw new ConfigException(location, "${" + reference.source() + ":} needs a name after the colon");
        }
        return switch (reference.source()) {
            case "env" -> text(emptyAsMissing(options.environment().get(address)), location);
            case "opt" -> text(option(address), location);
            case "sls" -> text(slsValue(address, location), location);
            case "self" -> self(address, location);
            case "param" -> param(address, location);
            case "aws" -> text(awsValue(address, location), location);
            default -> throw new IllegalStateException("the parser lets only supported sources through");
        };
    }

    private static YamlNode text(String value, Location location) {
        return value == null ? null : YamlNode.Scalar.of(value, location);
    }

    /** As the framework: an empty environment variable counts as unset, so its default applies. */
    private static String emptyAsMissing(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private String option(String name) {
        return switch (name) {
            case "stage" -> options.stage();
            case "region" -> options.region();
            default -> options.cliOptions().get(name);
        };
    }

    /** True while {@code node} is being resolved: a value that asks for it then asks for itself. */
    private boolean isInProgress(YamlNode node) {
        return node != null && inProgress.contains(node);
    }

    private String slsValue(String address, Location location) {
        if (!address.equals("stage")) {
            throw new ConfigException(location, "${sls:" + address + "} is not supported by the local cloud"
                    + " (supported: ${sls:stage})");
        }
        if (isInProgress(providerSetting("stage"))) {
            throw new ConfigException(location, "provider.stage cannot use ${sls:stage}, which is the stage"
                    + " provider.stage defines (write ${opt:stage, 'dev'})");
        }
        return stage();
    }

    /** {@code ${aws:...}} asks AWS at package time; locally the answers come from the load options. */
    private String awsValue(String address, Location location) {
        if (address.equals("region") && isInProgress(providerSetting("region"))) {
            throw new ConfigException(location, "provider.region cannot use ${aws:region}, which is the region"
                    + " provider.region defines (write ${opt:region, 'us-east-1'})");
        }
        return switch (address) {
            case "region" -> region();
            case "accountId" -> options.accountId();
            default -> throw new ConfigException(location, "${aws:" + address + "} is not supported (supported:"
                    + " ${aws:region}, ${aws:accountId})");
        };
    }

    /** {@code ${self:a.b.0.c}}: a path of keys and list indexes into this file. */
    private YamlNode self(String path, Location location) {
        YamlNode current = root;
        if (!path.isEmpty()) {
            for (String key : path.split("\\.", -1)) {
                // A step written as a variable, e.g. "custom: ${self:other}", is resolved to walk into it.
                if (current instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text
                        && text.contains("${")) {
                    current = resolve(current);
                }
                current = child(current, key);
                if (current == null) {
                    return null;
                }
            }
        }
        return resolve(current);
    }

    private static YamlNode child(YamlNode node, String key) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping.get(key);
        }
        if (node instanceof YamlNode.Sequence sequence && key.matches("\\d+")) {
            int index = Integer.parseInt(key);
            return index < sequence.items().size() ? sequence.items().get(index) : null;
        }
        return null;
    }

    /** {@code ${param:name}}: {@code --param} first, then {@code params.<stage>}, then {@code params.default}. */
    private YamlNode param(String name, Location location) {
        String fromCommandLine = options.params().get(name);
        if (fromCommandLine != null) {
            return YamlNode.Scalar.of(fromCommandLine, location);
        }
        if (!(root.get("params") instanceof YamlNode.Mapping params)) {
            return null;
        }
        for (String group : List.of(stage(), "default")) {
            if (params.get(group) instanceof YamlNode.Mapping values && values.get(name) != null) {
                YamlNode value = resolve(values.get(name));
                if (!(value instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
                    return value;
                }
            }
        }
        return null;
    }

    private ConfigException missing(Variable variable, Location location) {
        Reference first = (Reference) variable.sources().get(0);
        String address = render(first.address(), location);
        String why = switch (first.source()) {
            case "env" -> "environment variable '" + address + "' is not set";
            case "opt" -> "option --" + address + " was not given";
            case "param" -> "no param '" + address + "' in --param, params." + stage() + " or params.default";
            case "self" -> address.isEmpty() ? "the file is empty" : "there is no '" + address + "' in this file";
            default -> "it has no value";
        };
        String hint;
        if (variable.sources().size() > 1) {
            hint = "and none of its fallbacks has a value either";
        } else if (address.equals("provider.stage")) {
            hint = "use ${sls:stage}, which defaults to dev, or give a default: ${self:provider.stage, 'dev'}";
        } else if (address.equals("provider.region")) {
            hint = "use ${aws:region}, which defaults to us-east-1, or give a default";
        } else {
            hint = "set it, or give a default: ${" + first.source() + ":" + address + ", 'value'}";
        }
        return new ConfigException(location, variable.written() + " cannot be resolved: " + why + " (" + hint + ")");
    }
}
