package workshop.localcloud.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code resources:} block: the CloudFormation {@code Resources} and {@code Outputs} the stack
 * adds to what the framework generates.
 *
 * <p>Every {@code AWS::} type is accepted here, its properties resolved; whether the local cloud
 * can create it is the runtime's decision (IAM roles, for example, only matter on AWS). Custom
 * resources ({@code Custom::...}) are refused: they run a Lambda at deploy time.
 */
final class ResourcesSection {

    private static final List<String> KEYS = List.of("Resources", "Outputs", "AWSTemplateFormatVersion",
            "Description", "Metadata", "Conditions", "Mappings", "Parameters", "Transform", "extensions");

    private static final List<String> RESOURCE_KEYS = List.of("Type", "Properties", "DependsOn", "DeletionPolicy",
            "UpdateReplacePolicy", "Metadata", "CreationPolicy", "UpdatePolicy", "Condition");

    private static final List<String> OUTPUT_KEYS = List.of("Value", "Export", "Description", "Condition");

    private final Map<String, ResourceCatalog.Declared> declared;
    private final Map<String, YamlNode> dependencies;
    private final YamlNode.Mapping outputs;

    private ResourcesSection(Map<String, ResourceCatalog.Declared> declared, Map<String, YamlNode> dependencies,
                             YamlNode.Mapping outputs) {
        this.declared = declared;
        this.dependencies = dependencies;
        this.outputs = outputs;
    }

    /** Reads the block's structure; values are resolved later, once the catalog of resources exists. */
    static ResourcesSection read(YamlNode node) {
        if (Values.isAbsent(node)) {
            return new ResourcesSection(Map.of(), Map.of(), null);
        }
        if (node instanceof YamlNode.Sequence) {
            throw new ConfigException(node.location(), "resources as a list of fragments is not supported by the"
                    + " local cloud (write one map: resources: {Resources: ..., Outputs: ...})");
        }
        YamlNode.Mapping resources = Values.mapping(node, "resources");
        KeyCheck.onlyKnownKeys(resources, KEYS, "resources");
        KeyCheck.refuse(resources, Set.of("Conditions", "Mappings", "Parameters"), "resources",
                "Fn::If, Fn::FindInMap and template parameters are not evaluated; use ${...} variables instead");
        KeyCheck.refuse(resources, Set.of("Transform"), "resources", "template macros are not run");
        KeyCheck.refuse(resources, Set.of("extensions"), "resources",
                "it changes resources the framework generates on AWS, which the local cloud does not create");
        Map<String, ResourceCatalog.Declared> declared = new LinkedHashMap<>();
        Map<String, YamlNode> dependencies = new LinkedHashMap<>();
        YamlNode section = resources.get("Resources");
        if (!Values.isAbsent(section)) {
            for (YamlNode.Entry entry : Values.mapping(section, "resources.Resources").entries()) {
                declared.put(entry.key(), declare(entry));
                YamlNode dependsOn = ((YamlNode.Mapping) entry.value()).get("DependsOn");
                if (!Values.isAbsent(dependsOn)) {
                    dependencies.put(entry.key(), dependsOn);
                }
            }
        }
        YamlNode outputs = resources.get("Outputs");
        return new ResourcesSection(Collections.unmodifiableMap(declared), dependencies,
                Values.isAbsent(outputs) ? null : Values.mapping(outputs, "resources.Outputs"));
    }

    private static ResourceCatalog.Declared declare(YamlNode.Entry entry) {
        String logicalId = entry.key();
        checkLogicalId(entry);
        String what = "resource " + logicalId;
        YamlNode.Mapping resource = Values.mapping(entry.value(), what);
        KeyCheck.onlyKnownKeys(resource, RESOURCE_KEYS, what);
        KeyCheck.refuse(resource, Set.of("Condition"), what, "CloudFormation conditions are not evaluated");
        YamlNode typeNode = resource.get("Type");
        if (Values.isAbsent(typeNode)) {
            throw new ConfigException(entry.keyLocation(), what + " needs a Type (e.g. AWS::DynamoDB::Table)");
        }
        String type = Values.text(typeNode, "Type of " + what);
        if (!type.startsWith("AWS::")) {
            throw new ConfigException(typeNode.location(), what + ": type " + type + " is not supported by the local"
                    + " cloud (custom and third-party resources run code at deploy time; only AWS:: types are read)");
        }
        YamlNode properties = resource.get("Properties");
        return new ResourceCatalog.Declared(logicalId, type,
                Values.isAbsent(properties) ? null : Values.mapping(properties, "Properties of " + what),
                entry.keyLocation());
    }

    private static void checkLogicalId(YamlNode.Entry entry) {
        if (!entry.key().matches("[a-zA-Z0-9]{1,255}")) {
            throw new ConfigException(entry.keyLocation(), "'" + entry.key() + "' is not a valid logical id"
                    + " (letters and digits only)");
        }
    }

    Map<String, ResourceCatalog.Declared> declared() {
        return declared;
    }

    /** The resources with their physical names and resolved properties. */
    Map<String, ResourceDefinition> definitions(IntrinsicResolver intrinsics) {
        Map<String, ResourceDefinition> definitions = new LinkedHashMap<>();
        ResourceCatalog catalog = intrinsics.catalog();
        for (ResourceCatalog.Declared resource : declared.values()) {
            Map<String, Object> properties = resource.properties() == null ? Map.of()
                    : castMap(intrinsics.resolve(resource.properties()).toPlain());
            definitions.put(resource.logicalId(), new ResourceDefinition(resource.logicalId(), resource.type(),
                    catalog.physicalName(resource.logicalId()), properties, resource.location()));
        }
        return Collections.unmodifiableMap(definitions);
    }

    /** Checks that every {@code DependsOn} names a resource, as CloudFormation does before it starts. */
    void checkDependencies(ResourceCatalog catalog) {
        dependencies.forEach((logicalId, dependsOn) -> {
            List<YamlNode> names = dependsOn instanceof YamlNode.Sequence list ? list.items() : List.of(dependsOn);
            for (YamlNode name : names) {
                String dependency = Values.text(name, "DependsOn of resource " + logicalId);
                if (!catalog.contains(dependency)) {
                    throw new ConfigException(name.location(), "resource " + logicalId + " depends on '" + dependency
                            + "', which this stack does not declare (" + KeyCheck.didYouMean(dependency,
                            catalog.logicalIds()).map(id -> "did you mean '" + id + "'?")
                            .orElse("resources: " + String.join(", ", catalog.logicalIds())) + ")");
                }
            }
        });
    }

    /** The outputs with their values and export names resolved. */
    Map<String, OutputDefinition> outputs(IntrinsicResolver intrinsics) {
        Map<String, OutputDefinition> definitions = new LinkedHashMap<>();
        if (outputs == null) {
            return definitions;
        }
        Map<String, Location> exportNames = new HashMap<>();
        for (YamlNode.Entry entry : outputs.entries()) {
            checkLogicalId(entry);
            String what = "output " + entry.key();
            YamlNode.Mapping output = Values.mapping(entry.value(), what);
            KeyCheck.onlyKnownKeys(output, OUTPUT_KEYS, what);
            KeyCheck.refuse(output, Set.of("Condition"), what, "CloudFormation conditions are not evaluated");
            YamlNode value = output.get("Value");
            if (Values.isAbsent(value)) {
                throw new ConfigException(entry.keyLocation(), what + " needs a Value");
            }
            String text = intrinsics.resolveText(value, "Value of " + what);
            String exportName = exportName(output.get("Export"), what, intrinsics);
            if (exportName != null) {
                Location first = exportNames.putIfAbsent(exportName, entry.keyLocation());
                if (first != null) {
                    throw new ConfigException(entry.keyLocation(), what + " exports '" + exportName + "', already"
                            + " exported at line " + first.line() + " (export names are unique per region)");
                }
            }
            definitions.put(entry.key(), new OutputDefinition(entry.key(), text, exportName, entry.keyLocation()));
        }
        return Collections.unmodifiableMap(definitions);
    }

    private static String exportName(YamlNode export, String what, IntrinsicResolver intrinsics) {
        if (Values.isAbsent(export)) {
            return null;
        }
        YamlNode.Mapping map = Values.mapping(export, "Export of " + what);
        KeyCheck.onlyKnownKeys(map, List.of("Name"), "Export of " + what);
        YamlNode name = map.get("Name");
        if (Values.isAbsent(name)) {
            throw new ConfigException(map.location(), "Export of " + what + " needs a Name");
        }
        return intrinsics.resolveText(name, "Export.Name of " + what);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object plain) {
        return (Map<String, Object>) plain;
    }
}
