package workshop.course;

import java.util.Map;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.LoadOptions;
import workshop.localcloud.config.ResourceDefinition;
import workshop.localcloud.config.ServerlessYamlLoader;

/**
 * The tables of the resources stack (the root serverless.yml) as the tests create them, with the suffix
 * {@code test}: the tests' tables are the deployed ones, keys, indexes, streams and TTL included, never a
 * hand-written copy that could drift.
 */
public final class ResourcesStackTables {

    public static final String SUFFIX = "test";

    private ResourcesStackTables() {
    }

    /** The table with this logical id, e.g. {@code MovieTable} → {@code movie-test}. */
    public static ResourceDefinition table(String logicalId) {
        AppDefinition resources = new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of("suffix", SUFFIX)))
                .load(ProjectFiles.resourcesStack(), Map.of());
        ResourceDefinition table = resources.resources().get(logicalId);
        if (table == null || !table.type().equals("AWS::DynamoDB::Table")) {
            throw new IllegalArgumentException("the resources stack has no table " + logicalId + " ("
                    + ProjectFiles.resourcesStack() + ")");
        }
        return table;
    }
}
