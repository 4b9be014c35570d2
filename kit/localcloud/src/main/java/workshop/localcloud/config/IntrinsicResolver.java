package workshop.localcloud.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the CloudFormation intrinsic functions the local cloud supports, in their long form
 * ({@code Fn::GetAtt: [Table, Arn]}) and their YAML short form ({@code !GetAtt Table.Arn}):
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::ImportValue}, {@code Fn::Join} and {@code Fn::Sub}.
 * Each one is replaced by the text CloudFormation would produce for the local stack.
 *
 * <p>Any other function ({@code Fn::If}, {@code !FindInMap}, {@code Fn::Select}...) is refused with
 * its line: evaluating part of a template and passing the rest through would let a resource be
 * created with a raw {@code {Fn::If: ...}} map as its name.
 */
final class IntrinsicResolver {

    static final List<String> SUPPORTED = List.of("Ref", "Fn::GetAtt", "Fn::ImportValue", "Fn::Join", "Fn::Sub");

    /** CloudFormation's other functions, to tell "not supported here" from "not CloudFormation at all". */
    private static final Set<String> OTHER_CLOUDFORMATION_FUNCTIONS = Set.of("Fn::If", "Fn::Select", "Fn::Split",
            "Fn::FindInMap", "Fn::GetAZs", "Fn::Base64", "Fn::Cidr", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not",
            "Fn::Transform", "Fn::Length", "Fn::ToJsonString", "Fn::ForEach", "Condition");

    private static final Map<String, String> PSEUDO_PARAMETER_PURPOSE = Map.of(
            "AWS::NoValue", "it removes a property; write the template without that property",
            "AWS::NotificationARNs", "stacks have no notification topics locally");

    private final Stack stack;
    private final ResourceCatalog catalog;
    private final Map<String, String> imports;

    /**
     * @param resources     the stack's declared resources, by logical id
     * @param functionNames the deployed name of each function, by its key
     * @param imports       the exports of the stacks loaded before ({@code Export.Name} → value)
     */
    IntrinsicResolver(Stack stack, Map<String, ResourceCatalog.Declared> resources,
                      Map<String, String> functionNames, Map<String, String> imports) {
        this.stack = stack;
        this.imports = imports;
        this.catalog = new ResourceCatalog(resources, functionNames, stack, this::resolve);
    }

    ResourceCatalog catalog() {
        return catalog;
    }

    /** The node with every intrinsic function replaced by its value; the rest is kept as written. */
    YamlNode resolve(YamlNode node) {
        if (node.tag() != null) {
            return YamlNode.Scalar.of(evaluateShortForm(node), node.location());
        }
        if (node instanceof YamlNode.Mapping mapping) {
            Optional<YamlNode.Entry> function = functionOf(mapping);
            if (function.isPresent()) {
                return YamlNode.Scalar.of(evaluate(function.get().key(), function.get().value(), mapping.location()),
                        mapping.location());
            }
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (YamlNode.Entry entry : mapping.entries()) {
                entries.add(new YamlNode.Entry(entry.key(), entry.keyLocation(), resolve(entry.value())));
            }
            return new YamlNode.Mapping(entries, null, mapping.location());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return new YamlNode.Sequence(sequence.items().stream().map(this::resolve).toList(), null,
                    sequence.location());
        }
        return node;
    }

    /** True when the node is a function call such as {@code !Ref X} or {@code {Fn::GetAtt: [X, Arn]}}. */
    static boolean isFunction(YamlNode node) {
        return node.tag() != null || node instanceof YamlNode.Mapping mapping && mapping.entries().stream()
                .anyMatch(entry -> entry.key().equals("Ref") || entry.key().startsWith("Fn::"));
    }

    /** The node resolved to text: intrinsic results, strings, numbers and booleans qualify. */
    String resolveText(YamlNode node, String what) {
        YamlNode value = resolve(node);
        if (value instanceof YamlNode.Scalar scalar && Scalars.isScalarValue(scalar.value())) {
            return Scalars.text(scalar.value());
        }
        throw new ConfigException(node.location(), what + " must be text, not " + value.describe());
    }

    /** A map whose key is {@code Ref} or {@code Fn::...} is a function call and must have no other key. */
    private static Optional<YamlNode.Entry> functionOf(YamlNode.Mapping mapping) {
        Optional<YamlNode.Entry> function = mapping.entries().stream()
                .filter(entry -> entry.key().equals("Ref") || entry.key().startsWith("Fn::"))
                .findFirst();
        if (function.isPresent() && mapping.entries().size() > 1) {
            throw new ConfigException(mapping.location(), function.get().key() + " must be the only key of its map,"
                    + " but the map also has " + mapping.keys().stream().filter(key -> !key.equals(function.get().key()))
                    .toList() + " (an intrinsic function stands for one value)");
        }
        return function;
    }

    private String evaluateShortForm(YamlNode node) {
        String name = node.tag().substring(1);
        String function = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        if (!SUPPORTED.contains(function) && !OTHER_CLOUDFORMATION_FUNCTIONS.contains(function)) {
            throw new ConfigException(node.location(), "unknown YAML tag " + node.tag() + " (the CloudFormation"
                    + " short forms the local cloud understands: !Ref, !GetAtt, !ImportValue, !Join, !Sub)");
        }
        return evaluate(function, untagged(node), node.location());
    }

    private static YamlNode untagged(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            return new YamlNode.Mapping(mapping.entries(), null, mapping.location());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return new YamlNode.Sequence(sequence.items(), null, sequence.location());
        }
        return new YamlNode.Scalar(((YamlNode.Scalar) node).value(), null, node.location());
    }

    private String evaluate(String function, YamlNode argument, Location location) {
        return switch (function) {
            case "Ref" -> ref(literalText(argument, "Ref"), location);
            case "Fn::GetAtt" -> getAtt(argument, location);
            case "Fn::ImportValue" -> importValue(resolveText(argument, "the name of Fn::ImportValue"), location);
            case "Fn::Join" -> join(argument, location);
            case "Fn::Sub" -> sub(argument, location);
            default -> throw new ConfigException(location, "CloudFormation function " + function
                    + (OTHER_CLOUDFORMATION_FUNCTIONS.contains(function) ? "" : " (unknown to CloudFormation too)")
                    + " is not supported by the local cloud (supported: " + String.join(", ", SUPPORTED) + ")");
        };
    }

    private String ref(String name, Location location) {
        if (name.startsWith("AWS::")) {
            return pseudoParameter(name, location);
        }
        requireResource(name, "Ref " + name, location);
        return catalog.ref(name);
    }

    private String pseudoParameter(String name, Location location) {
        return switch (name) {
            case "AWS::Region" -> stack.region();
            case "AWS::AccountId" -> stack.accountId();
            case "AWS::StackName" -> stack.name();
            case "AWS::StackId" -> stack.arn("cloudformation", "stack/" + stack.name() + "/local");
            case "AWS::Partition" -> stack.partition();
            case "AWS::URLSuffix" -> stack.urlSuffix();
            default -> throw new ConfigException(location, "pseudo parameter " + name + " is not supported by the"
                    + " local cloud (" + PSEUDO_PARAMETER_PURPOSE.getOrDefault(name, "supported: AWS::Region,"
                    + " AWS::AccountId, AWS::StackName, AWS::StackId, AWS::Partition, AWS::URLSuffix") + ")");
        };
    }

    private String getAtt(YamlNode argument, Location location) {
        String logicalId;
        String attribute;
        if (argument instanceof YamlNode.Sequence sequence && sequence.items().size() == 2) {
            logicalId = literalText(sequence.items().get(0), "the logical id of Fn::GetAtt");
            attribute = literalText(sequence.items().get(1), "the attribute of Fn::GetAtt");
        } else if (argument instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text
                && text.indexOf('.') > 0) {
            logicalId = text.substring(0, text.indexOf('.'));
            attribute = text.substring(text.indexOf('.') + 1);
        } else {
            throw new ConfigException(location, "Fn::GetAtt needs [LogicalId, Attribute] or 'LogicalId.Attribute',"
                    + " not " + argument.describe());
        }
        requireResource(logicalId, "Fn::GetAtt " + logicalId + "." + attribute, location);
        return catalog.getAtt(logicalId, attribute, location);
    }

    private void requireResource(String logicalId, String use, Location location) {
        if (catalog.contains(logicalId)) {
            return;
        }
        List<String> known = catalog.logicalIds();
        String hint = KeyCheck.didYouMean(logicalId, known).map(id -> "did you mean '" + id + "'? ").orElse("");
        throw new ConfigException(location, use + ": no resource '" + logicalId + "' in this stack (" + hint
                + (known.isEmpty() ? "it declares no resources; import another stack's exports with Fn::ImportValue"
                : "resources: " + String.join(", ", known)) + ")");
    }

    private String importValue(String exportName, Location location) {
        String value = imports.get(exportName);
        if (value == null) {
            String hint = KeyCheck.didYouMean(exportName, imports.keySet())
                    .map(name -> "did you mean '" + name + "'? ").orElse("");
            throw new ConfigException(location, "Fn::ImportValue '" + exportName + "': no stack loaded before this one"
                    + " exports it (" + hint + (imports.isEmpty() ? "nothing is exported; load the resources stack first"
                    : "exported: " + String.join(", ", imports.keySet())) + ")");
        }
        return value;
    }

    private String join(YamlNode argument, Location location) {
        if (!(argument instanceof YamlNode.Sequence pair && pair.items().size() == 2
                && pair.items().get(1) instanceof YamlNode.Sequence values)) {
            throw new ConfigException(location, "Fn::Join needs [delimiter, [values...]], not " + argument.describe());
        }
        String delimiter = literalText(pair.items().get(0), "the delimiter of Fn::Join");
        List<String> texts = new ArrayList<>();
        for (YamlNode value : values.items()) {
            texts.add(resolveText(value, "each value of Fn::Join"));
        }
        return String.join(delimiter, texts);
    }

    /** {@code Fn::Sub}: {@code ${Name}}, {@code ${Name.Attribute}}, {@code ${AWS::Region}}, {@code ${!Literal}}. */
    private String sub(YamlNode argument, Location location) {
        String template;
        Map<String, YamlNode> variables = new LinkedHashMap<>();
        if (argument instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text) {
            template = text;
        } else if (argument instanceof YamlNode.Sequence pair && pair.items().size() == 2
                && pair.items().get(1) instanceof YamlNode.Mapping map) {
            template = literalText(pair.items().get(0), "the template of Fn::Sub");
            map.entries().forEach(entry -> variables.put(entry.key(), entry.value()));
        } else {
            throw new ConfigException(location, "Fn::Sub needs a template text or [template, {name: value}], not "
                    + argument.describe());
        }
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (true) {
            int start = template.indexOf("${", position);
            if (start < 0) {
                return result.append(template, position, template.length()).toString();
            }
            int end = template.indexOf('}', start);
            if (end < 0) {
                throw new ConfigException(location, "Fn::Sub '" + template + "': '${' without its closing '}'");
            }
            result.append(template, position, start);
            String name = template.substring(start + 2, end).strip();
            if (name.startsWith("!")) {
                result.append("${").append(name.substring(1)).append('}'); // ${!Literal} writes ${Literal}
            } else if (variables.containsKey(name)) {
                result.append(resolveText(variables.get(name), "the Fn::Sub variable '" + name + "'"));
            } else if (name.startsWith("AWS::")) {
                result.append(pseudoParameter(name, location));
            } else if (name.contains(".")) {
                String logicalId = name.substring(0, name.indexOf('.'));
                String attribute = name.substring(name.indexOf('.') + 1);
                requireResource(logicalId, "Fn::Sub ${" + name + "}", location);
                result.append(catalog.getAtt(logicalId, attribute, location));
            } else {
                requireResource(name, "Fn::Sub ${" + name + "}", location);
                result.append(catalog.ref(name));
            }
            position = end + 1;
        }
    }

    /** Text written as is: CloudFormation allows no function in a Ref name or a GetAtt part. */
    private static String literalText(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.tag() == null && scalar.value() instanceof String text) {
            return text;
        }
        throw new ConfigException(node.location(), what + " must be plain text, not " + node.describe());
    }
}
