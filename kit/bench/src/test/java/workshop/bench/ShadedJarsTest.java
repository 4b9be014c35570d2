package workshop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The jars that solutions/serverless.yml deploys ({@code package.artifact} of each function, built in
 * solutions/target by the reactor before this module): each within the 10 MB budget, without the
 * libraries that only slow a cold start, and holding the handler of every function that deploys it.
 */
class ShadedJarsTest {

    @Test
    void eachDeployedJarIsSmallHasNoForbiddenLibraryAndHoldsItsFunctionsHandlers() throws IOException {
        List<BenchFunction> functions = FunctionStack.load(Workspace.containing(Path.of("")));
        assertThat(functions).as("functions without a package.artifact in solutions/serverless.yml")
                .allSatisfy(function -> assertThat(function.jar()).as(function.name()).isNotNull());

        Map<Path, List<BenchFunction>> functionsByJar = new LinkedHashMap<>();
        functions.forEach(function -> functionsByJar.computeIfAbsent(function.jar(), jar -> new ArrayList<>())
                .add(function));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<BenchFunction>> deployed : functionsByJar.entrySet()) {
            JarContents jar = JarContents.read(deployed.getKey());
            System.out.printf(Locale.ROOT, "[jar] %s: %.2f MB (%d bytes, budget %d), %d entries, deployed by %s%n",
                    jar.file().getFileName(), jar.sizeMegabytes(), jar.sizeBytes(), JarRules.MAX_BYTES,
                    jar.entries().size(), deployed.getValue().stream().map(BenchFunction::name).toList());
            problems.addAll(JarRules.problems(jar));
            for (BenchFunction function : deployed.getValue()) {
                if (!jar.contains(function.handlerClassFile())) {
                    problems.add(jar.file().getFileName() + " lacks " + function.handlerClassFile() + ", the handler of "
                            + function.name());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
