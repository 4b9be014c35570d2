package workshop.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * DynamoDB Local (embedded, no port) with runtime tables as issue 7 defines {@code router-runtime-<suffix>}:
 * {@code pk} (S, HASH) + {@code sk} (S, RANGE), TTL on {@code expiresAt}. Each {@link #newTable()} is a
 * fresh table, so tests never see each other's items.
 * Use with {@code @RegisterExtension static final RuntimeTableExtension dynamoDb = new RuntimeTableExtension();}.
 */
final class RuntimeTableExtension implements BeforeAllCallback, AfterAllCallback {

    private LocalDynamoDb dynamoDb;
    private int tables;

    @Override
    public void beforeAll(ExtensionContext context) {
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

    /** A new, empty runtime table; its name. */
    String newTable() {
        String name = "router-runtime-test-" + ++tables;
        DynamoDbClient admin = dynamoDb.client();
        admin.createTable(request -> request
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("pk").attributeType(ScalarAttributeType.S),
                        definition -> definition.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(
                        key -> key.attributeName("pk").keyType(KeyType.HASH),
                        key -> key.attributeName("sk").keyType(KeyType.RANGE)));
        admin.updateTimeToLive(request -> request.tableName(name)
                .timeToLiveSpecification(ttl -> ttl.attributeName("expiresAt").enabled(true)));
        return name;
    }

    /** Every item of a table, as the SDK returns them. */
    List<Map<String, AttributeValue>> items(String tableName) {
        return new ArrayList<>(dynamoDb.client().scan(request -> request.tableName(tableName)).items());
    }
}
