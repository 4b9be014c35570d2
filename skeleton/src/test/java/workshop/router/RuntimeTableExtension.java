package workshop.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.course.ResourcesStackTables;
import workshop.localcloud.config.ResourceDefinition;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * DynamoDB Local (embedded, no port) with runtime tables exactly as the resources stack (the root
 * serverless.yml) defines {@code router-runtime-<suffix>}: {@code pk} (S, HASH) + {@code sk} (S, RANGE),
 * TTL on {@code expiresAt}. Each {@link #newTable()} is a fresh table of that definition, so tests never
 * see each other's items.
 * Use with {@code @RegisterExtension static final RuntimeTableExtension dynamoDb = new RuntimeTableExtension();}.
 */
final class RuntimeTableExtension implements BeforeAllCallback, AfterAllCallback {

    private LocalDynamoDb dynamoDb;
    private ResourceDefinition definition;
    private int tables;

    @Override
    public void beforeAll(ExtensionContext context) {
        definition = ResourcesStackTables.table("RouterRuntimeTable");
        dynamoDb = LocalDynamoDb.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dynamoDb.close();
    }

    /** The client for the code under test (counted by the local cloud's interceptor). */
    DynamoDbClient client() {
        return dynamoDb.client();
    }

    Map<String, Long> callCounts() {
        return dynamoDb.interceptor().callCounts();
    }

    void resetCallCounts() {
        dynamoDb.interceptor().resetCallCounts();
    }

    /** A new, empty runtime table ({@code router-runtime-test-1}, {@code -2}...); its name. */
    String newTable() {
        String name = definition.physicalName() + "-" + ++tables;
        dynamoDb.tables().create(name, definition.properties());
        return name;
    }

    /** Every item of a table, as the SDK returns them. */
    List<Map<String, AttributeValue>> items(String tableName) {
        return new ArrayList<>(dynamoDb.client().scan(request -> request.tableName(tableName)).items());
    }
}
