package workshop.localcloud.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code serverless.yml} (Serverless Framework v3) into an {@link AppDefinition}, with every
 * variable and intrinsic function resolved, the way {@code serverless package} would see it for the
 * given stage and region.
 *
 * <p>It reads a documented subset (see {@code kit/localcloud/README} or the class comments of the
 * event parsers) and refuses everything else with a {@link ConfigException} whose one-line message
 * names the file, the line and the construct: a setting the local cloud ignored silently would make
 * it behave differently from AWS without telling anyone.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>{@link YamlReader}: YAML to nodes that remember their line;</li>
 *   <li>{@link VariableResolver}: {@code ${env:...}}, {@code ${self:...}}, ... everywhere;</li>
 *   <li>the structure: top-level keys, provider, resources, functions;</li>
 *   <li>{@link IntrinsicResolver}: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::ImportValue}... in
 *       resources, outputs, environments, IAM statements and events;</li>
 *   <li>the events, by {@link EventReader} and one parser per event type.</li>
 * </ol>
 */
public final class ServerlessYamlLoader {

    /** The framework's (v3) top-level keys. */
    private static final List<String> TOP_LEVEL_KEYS = List.of("service", "frameworkVersion", "configValidationMode",
            "deprecationNotificationMode", "disabledDeprecations", "variablesResolutionMode", "useDotenv", "provider",
            "custom", "params", "plugins", "package", "functions", "resources", "layers", "app", "org", "console",
            "dashboard", "outputs", "projectDir");

    private final LoadOptions options;

    public ServerlessYamlLoader(LoadOptions options) {
        this.options = options;
    }

    /** A loader with {@link LoadOptions#defaults()}. */
    public ServerlessYamlLoader() {
        this(LoadOptions.defaults());
    }

    /**
     * Loads one stack.
     *
     * @param file    the serverless.yml; locations name it as given (e.g. {@code solutions/serverless.yml})
     * @param imports the exports of the stacks deployed before ({@code Export.Name} → value), for
     *                {@code Fn::ImportValue}
     * @throws ConfigException when the file cannot be read or uses something the local cloud does not support
     */
    public AppDefinition load(Path file, Map<String, String> imports) {
        String fileName = file.toString();
        YamlNode.Mapping written = YamlReader.read(file, fileName);

        VariableResolver variables = new VariableResolver(written, options);
        YamlNode.Mapping config = variables.resolveAll();
        KeyCheck.onlyKnownKeys(config, TOP_LEVEL_KEYS, "the top level");
        KeyCheck.refuse(config, Set.of("layers"), "the top level",
                "Lambda layers are not built locally; put the code in the project's jar");
        checkValidationMode(config.get("configValidationMode"));
        String service = service(config);
        YamlNode.Mapping provider = ProviderSettings.check(config);
        String stage = variables.stage();
        Stack stack = new Stack(service, stage, variables.region(), options.accountId(),
                provider.get("stackName") != null ? Values.text(provider.get("stackName"), "provider.stackName")
                        : service + "-" + stage);

        ResourcesSection resources = ResourcesSection.read(config.get("resources"));
        IntrinsicResolver intrinsics = new IntrinsicResolver(stack, resources.declared(),
                FunctionReader.deployedNames(config.get("functions"), service, stage),
                imports != null ? imports : Map.of());
        resources.checkDependencies(intrinsics.catalog());
        Map<String, ResourceDefinition> resourceDefinitions = resources.definitions(intrinsics);
        Map<String, OutputDefinition> outputs = resources.outputs(intrinsics);

        ProviderSettings providerSettings = ProviderSettings.read(provider, intrinsics);
        PackageSettings servicePackage = PackageSettings.read(config.get("package"), "package");
        Map<String, FunctionDefinition> functions = FunctionReader.read(config.get("functions"), providerSettings,
                servicePackage, stack, intrinsics);
        checkUniqueRoutes(functions);
        return new AppDefinition(service, fileName, stage, stack.region(), functions, resourceDefinitions, outputs);
    }

    /**
     * Loads stacks in deployment order: each may import what the ones before it export, as a
     * function stack imports the resources stack's table and stream.
     */
    public List<AppDefinition> loadAll(List<Path> files) {
        Map<String, String> exports = new LinkedHashMap<>();
        Map<String, String> exportedBy = new HashMap<>();
        List<AppDefinition> apps = new ArrayList<>();
        for (Path file : files) {
            AppDefinition app = load(file, exports);
            for (OutputDefinition output : app.outputs().values()) {
                if (output.exportName() == null) {
                    continue;
                }
                String earlier = exportedBy.putIfAbsent(output.exportName(), app.file());
                if (earlier != null) {
                    throw new ConfigException(output.location(), "export '" + output.exportName() + "' is already"
                            + " exported by " + earlier + " (export names are unique per account and region)");
                }
                exports.put(output.exportName(), output.value());
            }
            apps.add(app);
        }
        return List.copyOf(apps);
    }

    /** {@code service: name} or the older {@code service: {name: ...}}. */
    private static String service(YamlNode.Mapping config) {
        YamlNode node = config.get("service");
        if (Values.isAbsent(node)) {
            throw new ConfigException(config.location(), "missing service (add service: <name> at the top)");
        }
        if (node instanceof YamlNode.Mapping map) {
            KeyCheck.onlyKnownKeys(map, List.of("name"), "service");
            node = map.get("name");
            if (Values.isAbsent(node)) {
                throw new ConfigException(map.location(), "service needs a name");
            }
        }
        String name = Values.text(node, "service");
        if (!name.matches("[a-zA-Z][0-9a-zA-Z-]+")) {
            throw new ConfigException(node.location(), "service name '" + name + "' must start with a letter and"
                    + " have only letters, digits and '-'");
        }
        return name;
    }

    private static void checkValidationMode(YamlNode mode) {
        if (mode != null && !List.of("error", "warn", "off").contains(Values.text(mode, "configValidationMode"))) {
            throw new ConfigException(mode.location(), "configValidationMode must be error, warn or off, not "
                    + mode.describe());
        }
    }

    /** Two functions on one route would deploy to a conflict; locally one would silently win. */
    private static void checkUniqueRoutes(Map<String, FunctionDefinition> functions) {
        Map<String, String> routes = new HashMap<>();
        for (FunctionDefinition function : functions.values()) {
            for (EventDefinition event : function.events()) {
                String route;
                if (event instanceof EventDefinition.Http http) {
                    route = "http " + http.method() + " " + http.path();
                } else if (event instanceof EventDefinition.HttpApi httpApi) {
                    route = "httpApi " + (httpApi.path().equals("*") ? "*" : httpApi.method() + " " + httpApi.path());
                } else {
                    continue;
                }
                String first = routes.putIfAbsent(route, "function '" + function.name() + "' at line "
                        + event.location().line());
                if (first != null) {
                    throw new ConfigException(event.location(), "duplicate " + route.replaceFirst(" ", " route '")
                            + "' (already taken by " + first + ")");
                }
            }
        }
    }
}
