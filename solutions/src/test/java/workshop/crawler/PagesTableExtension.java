package workshop.crawler;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * DynamoDB Local with an empty crawl pages table before each test, keyed as issue 7 defines
 * {@code crawl-pages-<suffix>}: {@code runId} (S, HASH) + {@code url} (S, RANGE).
 * Use with {@code @RegisterExtension static final PagesTableExtension table = new PagesTableExtension();}.
 */
final class PagesTableExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String TABLE = "crawl-pages-test";
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private LocalDynamoDb dynamoDb;

    @Override
    public void beforeAll(ExtensionContext context) {
        dynamoDb = LocalDynamoDb.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        DynamoDbClient client = dynamoDb.client();
        if (dynamoDb.tables().tableNames().contains(TABLE)) {
            client.deleteTable(request -> request.tableName(TABLE));
        }
        client.createTable(request -> request
                .tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("runId").attributeType(ScalarAttributeType.S),
                        definition -> definition.attributeName("url").attributeType(ScalarAttributeType.S))
                .keySchema(
                        key -> key.attributeName("runId").keyType(KeyType.HASH),
                        key -> key.attributeName("url").keyType(KeyType.RANGE)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dynamoDb.close();
    }

    DynamoDbClient client() {
        return dynamoDb.client();
    }

    PageClaims claims() {
        return new PageClaims(client(), TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The item of {@code url} in {@code runId}, read strongly consistently. */
    Optional<Map<String, AttributeValue>> item(String runId, String url) {
        Map<String, AttributeValue> item = dynamoDb.client().getItem(request -> request
                .tableName(TABLE)
                .consistentRead(true)
                .key(Map.of("runId", AttributeValue.fromS(runId), "url", AttributeValue.fromS(url)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
