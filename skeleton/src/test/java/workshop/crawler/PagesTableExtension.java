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
import workshop.course.ResourcesStackTables;
import workshop.localcloud.config.ResourceDefinition;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * DynamoDB Local with an empty crawl pages table before each test, exactly as the resources stack (the
 * root serverless.yml) defines {@code crawl-pages-<suffix>}: {@code runId} (S, HASH) + {@code url} (S, RANGE).
 * Use with {@code @RegisterExtension static final PagesTableExtension table = new PagesTableExtension();}.
 */
final class PagesTableExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String TABLE = "crawl-pages-" + ResourcesStackTables.SUFFIX;
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private LocalDynamoDb dynamoDb;
    private ResourceDefinition definition;

    @Override
    public void beforeAll(ExtensionContext context) {
        definition = ResourcesStackTables.table("CrawlPagesTable");
        if (!definition.physicalName().equals(TABLE)) {
            throw new IllegalStateException("the resources stack names the crawl pages table " + definition.physicalName()
                    + ", the tests expect " + TABLE);
        }
        dynamoDb = LocalDynamoDb.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (dynamoDb.tables().tableNames().contains(TABLE)) {
            dynamoDb.client().deleteTable(request -> request.tableName(TABLE));
        }
        dynamoDb.tables().create(TABLE, definition.properties());
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
