package workshop.localcloud.config;

import java.util.Map;

/**
 * One serverless.yml, fully resolved: every variable and intrinsic function replaced by its value.
 * Maps keep the order of the file.
 *
 * @param service   the {@code service:} name
 * @param file      the file it was read from, as given to the loader
 * @param stage     the resolved stage
 * @param region    the resolved region
 * @param functions the functions, by their key
 * @param resources the CloudFormation resources of {@code resources.Resources}, by logical id
 * @param outputs   the CloudFormation outputs of {@code resources.Outputs}, by logical id
 */
public record AppDefinition(
        String service,
        String file,
        String stage,
        String region,
        Map<String, FunctionDefinition> functions,
        Map<String, ResourceDefinition> resources,
        Map<String, OutputDefinition> outputs) {

    /** The values exported by this stack ({@code Export.Name} → value), for another stack's {@code Fn::ImportValue}. */
    public Map<String, String> exports() {
        Map<String, String> exports = new java.util.LinkedHashMap<>();
        outputs.values().stream()
                .filter(output -> output.exportName() != null)
                .forEach(output -> exports.put(output.exportName(), output.value()));
        return exports;
    }
}
