package workshop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository the benchmark works on: the resources stack ({@code serverless.yml}), the function
 * stack ({@code solutions/serverless.yml}) and the jars it deploys ({@code solutions/target}).
 */
public record Workspace(Path root) {

    /** The repository that contains {@code start} (the tests start from {@code kit/bench}). */
    public static Workspace containing(Path start) {
        for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("serverless.yml"))
                    && Files.isRegularFile(folder.resolve("solutions/serverless.yml"))) {
                return new Workspace(folder);
            }
        }
        throw new IllegalStateException("no workshop repository (serverless.yml and solutions/serverless.yml)"
                + " in " + start.toAbsolutePath() + " or above");
    }

    public Path resourcesStack() {
        return root.resolve("serverless.yml");
    }

    public Path functionStack() {
        return root.resolve("solutions/serverless.yml");
    }
}
