package workshop.localcloud;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to start a {@link LocalCloud}.
 *
 * @param stacks        the serverless.yml files to run, resources stack first: each one may import
 *                      what the ones before it export
 * @param classLoader   where the handler classes are
 * @param stage         {@code --stage}, "dev" by default
 * @param environment   what {@code ${env:...}} sees (the process environment by default)
 * @param httpPort      the API port on 127.0.0.1 (0: any free port)
 * @param adminPort     the admin endpoint's port on 127.0.0.1 (0: any free port)
 * @param console       where function logs and notices are echoed, each line prefixed with its source
 * @param faultSeed     seed of the fault injection's random choices, so a failing run can be repeated
 */
public record LocalCloudOptions(
        List<Path> stacks,
        ClassLoader classLoader,
        String stage,
        Map<String, String> environment,
        int httpPort,
        int adminPort,
        Consumer<String> console,
        long faultSeed) {

    public static LocalCloudOptions of(Path... stacks) {
        return new LocalCloudOptions(List.of(stacks), Thread.currentThread().getContextClassLoader(), "dev",
                System.getenv(), 0, 0, line -> { }, 42L);
    }

    public LocalCloudOptions withClassLoader(ClassLoader loader) {
        return new LocalCloudOptions(stacks, loader, stage, environment, httpPort, adminPort, console, faultSeed);
    }

    public LocalCloudOptions withEnvironment(Map<String, String> variables) {
        return new LocalCloudOptions(stacks, classLoader, stage, variables, httpPort, adminPort, console, faultSeed);
    }

    public LocalCloudOptions withPorts(int http, int admin) {
        return new LocalCloudOptions(stacks, classLoader, stage, environment, http, admin, console, faultSeed);
    }

    public LocalCloudOptions withConsole(Consumer<String> lines) {
        return new LocalCloudOptions(stacks, classLoader, stage, environment, httpPort, adminPort, lines, faultSeed);
    }

    public LocalCloudOptions withStage(String newStage) {
        return new LocalCloudOptions(stacks, classLoader, newStage, environment, httpPort, adminPort, console, faultSeed);
    }
}
