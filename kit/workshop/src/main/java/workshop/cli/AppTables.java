package workshop.cli;

import java.util.Objects;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.config.ResourceDefinition;

/** The physical name of a table of the running app, by its logical id in the resources stack. */
final class AppTables {

    private AppTables() {
    }

    /** E.g. {@code MovieTable} → {@code movie-local}; fails naming the stacks' files when absent. */
    static String physicalName(LocalCloud cloud, String logicalId) {
        return cloud.stacks().stream()
                .map(stack -> stack.resources().get(logicalId))
                .filter(Objects::nonNull)
                .map(ResourceDefinition::physicalName)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the app has no resource " + logicalId + " (stacks: "
                        + cloud.stacks().stream().map(stack -> stack.file()).toList() + ")"));
    }
}
