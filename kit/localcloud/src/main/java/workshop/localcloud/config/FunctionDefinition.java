package workshop.localcloud.config;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code functions:}, with the provider's defaults applied.
 *
 * @param name           the key in serverless.yml, e.g. {@code processor}
 * @param deployedName   the name Lambda would give it: {@code <service>-<stage>-<name>}, or {@code name:} when set
 * @param handler        the handler class, optionally {@code ::method}, e.g. {@code workshop.movies.ProcessorHandler}
 * @param timeoutSeconds {@code timeout}, else {@code provider.timeout}, else 6 (the framework's default)
 * @param memorySize     {@code memorySize}, else {@code provider.memorySize}, else 1024
 * @param environment    {@code provider.environment} overlaid with the function's {@code environment}
 * @param artifact       the file the function deploys, as written (relative to the serverless.yml's folder): its
 *                       {@code package.artifact}, else the service's unless packaged individually; null when none
 * @param events         the function's triggers, in file order
 * @param location       where the function's key is written
 */
public record FunctionDefinition(
        String name,
        String deployedName,
        String handler,
        int timeoutSeconds,
        int memorySize,
        Map<String, String> environment,
        String artifact,
        List<EventDefinition> events,
        Location location) {
}
