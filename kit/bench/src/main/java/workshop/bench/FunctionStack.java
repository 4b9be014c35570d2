package workshop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.FunctionDefinition;
import workshop.localcloud.config.LoadOptions;
import workshop.localcloud.config.ServerlessYamlLoader;

/**
 * The functions of {@code solutions/serverless.yml}, read as the local cloud reads them: every variable
 * and import resolved (the resources stack is loaded first for its exports), the provider's defaults
 * applied, and the jar each one deploys ({@code package.artifact}, relative to the file's folder).
 */
public final class FunctionStack {

    private FunctionStack() {
    }

    /**
     * Loads the stacks with the file's defaults: no {@code ${env:...}} is taken from this process, so a
     * {@code suffix} or {@code url} in the shell changes nothing.
     */
    public static List<BenchFunction> load(Workspace workspace) {
        ServerlessYamlLoader loader = new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of()));
        List<AppDefinition> stacks = loader.loadAll(List.of(workspace.resourcesStack(), workspace.functionStack()));
        AppDefinition functionStack = stacks.get(1);
        Path folder = workspace.functionStack().getParent();

        List<BenchFunction> functions = new ArrayList<>();
        for (FunctionDefinition function : functionStack.functions().values()) {
            Path jar = function.artifact() == null ? null : folder.resolve(function.artifact()).normalize();
            functions.add(new BenchFunction(function.name(), function.deployedName(), function.handler(), jar,
                    function.memorySize(), function.timeoutSeconds(), function.environment(),
                    functionStack.region()));
        }
        return List.copyOf(functions);
    }
}
