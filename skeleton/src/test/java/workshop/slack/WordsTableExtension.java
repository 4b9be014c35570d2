package workshop.slack;

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
 * DynamoDB Local with the words table as the resources stack (the root serverless.yml) defines it,
 * stream and TTL included, for the tests of one class.
 * Use with {@code @RegisterExtension static final WordsTableExtension table = new WordsTableExtension();}.
 */
final class WordsTableExtension implements BeforeAllCallback, AfterAllCallback {

    private static final ResourceDefinition WORDS_TABLE = ResourcesStackTables.table("WordsTable");
    static final String TABLE = WORDS_TABLE.physicalName();

    private LocalDynamoDb dynamoDb;

    @Override
    public void beforeAll(ExtensionContext context) {
        dynamoDb = LocalDynamoDb.start();
        dynamoDb.tables().create(TABLE, WORDS_TABLE.properties());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dynamoDb.close();
    }

    /** The client handlers get: its calls are counted, see {@link #callCounts()}. */
    DynamoDbClient client() {
        return dynamoDb.client();
    }

    Map<String, Long> callCounts() {
        return dynamoDb.interceptor().callCounts();
    }

    void resetCallCounts() {
        dynamoDb.interceptor().resetCallCounts();
    }

    Map<String, AttributeValue> item(String key) {
        return dynamoDb.client().getItem(request -> request.tableName(TABLE).key(WordsTable.keyOf(key)).consistentRead(true)).item();
    }

    long count(String word) {
        Map<String, AttributeValue> item = item(word);
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get(WordsTable.COUNT).n());
    }
}
