package workshop.movies;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The error table ({@code movie-errors-<suffix>}, key {@code id}): where the scraper puts pages it
 * could not read and the processor puts records that are not movies.
 *
 * <p>Item layout: {@code id}, {@code kind}, {@code reason}, {@code time} (ISO-8601), and one string
 * attribute per entry of {@link ErrorEntry#details()}. Writing an entry again replaces it (same id).
 */
public class ErrorTable {

    public static final String KEY = "id";
    private static final Set<String> FIXED_ATTRIBUTES = Set.of(KEY, "kind", "reason", "time");

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

    /**
     * One page of the entries, in no particular order (the table's scan order).
     *
     * <p>A Scan reads the whole table, which is usually the wrong tool; here it is the right one. The
     * error table is small (a few entries per scrape), has no attribute worth an index, and each call
     * reads one bounded page ({@code Limit}), never the whole table in one request.
     *
     * @param limit    at most this many entries
     * @param startKey where the page starts: the previous page's {@link TablePage#lastEvaluatedKey()},
     *                 empty for the first page
     */
    public TablePage<ErrorEntry> page(int limit, Map<String, AttributeValue> startKey) {
        ScanRequest.Builder scan = ScanRequest.builder().tableName(tableName).limit(limit);
        if (!startKey.isEmpty()) {
            scan.exclusiveStartKey(startKey);
        }
        ScanResponse response = dynamoDb.scan(scan.build());
        List<ErrorEntry> entries = response.items().stream().map(ErrorTable::fromItem).toList();
        return new TablePage<>(entries, response.lastEvaluatedKey());
    }

    /** Whether {@code key} can be where a page of {@link #page} starts: a string {@code id}, nothing else. */
    public static boolean isKey(Map<String, AttributeValue> key) {
        return key.keySet().equals(Set.of(KEY)) && key.get(KEY).s() != null;
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

    /** The entry an item holds: every attribute other than the four fixed ones is a detail. */
    static ErrorEntry fromItem(Map<String, AttributeValue> item) {
        Map<String, String> details = new HashMap<>();
        item.forEach((name, value) -> {
            if (!FIXED_ATTRIBUTES.contains(name) && value.s() != null) {
                details.put(name, value.s());
            }
        });
        try {
            return new ErrorEntry(item.get(KEY).s(), item.get("kind").s(), item.get("reason").s(),
                    Instant.parse(item.get("time").s()), details);
        } catch (RuntimeException notAnEntry) {
            throw new IllegalStateException("item " + item.get(KEY) + " of the error table is not an entry: " + notAnEntry, notAnEntry);
        }
    }
}
