package workshop.movies;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The error table ({@code movie-errors-<suffix>}, key {@code id}): where the scraper puts pages it
 * could not read and the processor puts records that are not movies.
 *
 * <p>Item layout: {@code id}, {@code kind}, {@code reason}, {@code time} (ISO-8601), and one string
 * attribute per entry of {@link ErrorEntry#details()}. Writing an entry again replaces it (same id).
 */
public class ErrorTable {

    public static final String KEY = "id";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public ErrorTable(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    public void record(ErrorEntry entry) {
        dynamoDb.putItem(PutItemRequest.builder()
                .tableName(tableName)
                .item(toItem(entry))
                .build());
    }

    public String tableName() {
        return tableName;
    }

    static Map<String, AttributeValue> toItem(ErrorEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        entry.details().forEach((name, value) -> item.put(name, AttributeValue.fromS(value)));
        item.put(KEY, AttributeValue.fromS(entry.id()));
        item.put("kind", AttributeValue.fromS(entry.kind()));
        item.put("reason", AttributeValue.fromS(entry.reason()));
        item.put("time", AttributeValue.fromS(entry.time().toString()));
        return item;
    }
}
