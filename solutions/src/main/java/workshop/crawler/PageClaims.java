package workshop.crawler;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The crawl pages table ({@code crawl-pages-<suffix>}, key {@code runId} + {@code url}): one item per
 * URL a run claimed, and what became of it.
 *
 * <p><b>Why a claim.</b> Two pages that link to one URL emit two {@code pageUrl} messages for it, and a
 * link that comes back later (a cycle) emits another. The first handler to claim the URL fetches it;
 * every later one sees the claim and stops. The claim is a conditional {@code PutItem}, which DynamoDB
 * decides atomically on the server: of two claims at the same moment exactly one succeeds, which a
 * read followed by a write could not promise.
 *
 * <p><b>Why {@code OR claimedBy = :messageId}.</b> A handler that claimed its URL and then failed (the
 * fetch threw, Lambda timed out) is run again with the same message. Without the OR it would find its
 * own claim, take it for someone else's, and the page would never be fetched.
 *
 * <p>Item attributes: {@code runId}, {@code url}, {@code claimedBy} (message id), {@code depth},
 * {@code claimedAt}, {@code status} (see {@link PageOutcome}), and once known {@code fetchedAt},
 * {@code httpStatus}, {@code reason}, {@code title}, {@code links}.
 */
public class PageClaims implements KnownPages {

    /** The most keys one {@code BatchGetItem} may ask for (DynamoDB API reference). */
    static final int KEYS_PER_BATCH_GET = 100;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public PageClaims(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * Claims {@code url} for the message {@code messageId} in run {@code runId}.
     *
     * @return true when the URL is this message's to fetch: nobody had claimed it, or this same message had
     *         (a retry); false when another message claimed it first
     */
    public boolean claim(String runId, String url, String messageId, int depth) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("runId", AttributeValue.fromS(runId));
        item.put("url", AttributeValue.fromS(url));
        item.put("claimedBy", AttributeValue.fromS(messageId));
        item.put("depth", AttributeValue.fromN(Integer.toString(depth)));
        item.put("claimedAt", AttributeValue.fromS(clock.instant().toString()));
        item.put("status", AttributeValue.fromS(PageOutcome.CLAIMED));
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#url) OR claimedBy = :messageId")
                    .expressionAttributeNames(Map.of("#url", "url"))
                    .expressionAttributeValues(Map.of(":messageId", AttributeValue.fromS(messageId)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException claimedByAnother) {
            return false;
        }
    }

    /** Records what became of a claimed URL; its title and links, if any, stay. */
    public void record(String runId, String url, PageOutcome outcome) {
        StringBuilder update = new StringBuilder("SET #status = :status, fetchedAt = :fetchedAt");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", AttributeValue.fromS(outcome.status()));
        values.put(":fetchedAt", AttributeValue.fromS(clock.instant().toString()));
        outcome.httpStatus().ifPresent(status -> {
            update.append(", httpStatus = :httpStatus");
            values.put(":httpStatus", AttributeValue.fromN(Integer.toString(status)));
        });
        outcome.reason().ifPresent(reason -> {
            update.append(", reason = :reason");
            values.put(":reason", AttributeValue.fromS(reason));
        });
        dynamoDb.updateItem(UpdateItemRequest.builder()
                .tableName(tableName)
                .key(key(runId, url))
                .updateExpression(update.toString())
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values)
                .build());
    }

    /**
     * Records a fetched page's title and how many links it has. An update of these two attributes only:
     * it runs in another handler than {@link #record}, in either order, and neither may undo the other.
     */
    public void recordContent(String runId, String url, String title, int links) {
        dynamoDb.updateItem(UpdateItemRequest.builder()
                .tableName(tableName)
                .key(key(runId, url))
                .updateExpression("SET title = :title, links = :links")
                .expressionAttributeValues(Map.of(
                        ":title", AttributeValue.fromS(title),
                        ":links", AttributeValue.fromN(Integer.toString(links))))
                .build());
    }

    /**
     * How many of the run's URLs have each status ({@code {"fetched":120,"failed":3,...}}), sorted by
     * status. Reads the run's items (their status only), a page of the query at a time: a crawl's budget
     * keeps a run to thousands of items, which is a few pages.
     */
    public Map<String, Long> countsByStatus(String runId) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(tableName)
                    .keyConditionExpression("runId = :runId")
                    .projectionExpression("#status")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":runId", AttributeValue.fromS(runId)));
            if (startKey != null) {
                query.exclusiveStartKey(startKey);
            }
            QueryResponse page = dynamoDb.query(query.build());
            page.items().forEach(item -> counts.merge(item.get("status").s(), 1L, Long::sum));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return counts;
    }

    /**
     * The URLs among {@code urls} that the run has claimed: {@code BatchGetItem}, up to
     * {@value #KEYS_PER_BATCH_GET} keys a call, reading the key only. A key DynamoDB leaves unread
     * ({@code UnprocessedKeys}, when it is busy) counts as not claimed: at worst one message more, whose
     * own claim then finds the page taken.
     */
    @Override
    public Set<String> claimedAmong(String runId, Collection<String> urls) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(urls));
        Set<String> claimed = new HashSet<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_BATCH_GET) {
            List<Map<String, AttributeValue>> keys = distinct.subList(from, Math.min(from + KEYS_PER_BATCH_GET, distinct.size()))
                    .stream().map(url -> key(runId, url)).toList();
            BatchGetItemResponse response = dynamoDb.batchGetItem(BatchGetItemRequest.builder()
                    .requestItems(Map.of(tableName, KeysAndAttributes.builder()
                            .keys(keys)
                            .projectionExpression("#url")
                            .expressionAttributeNames(Map.of("#url", "url"))
                            .build()))
                    .build());
            response.responses().getOrDefault(tableName, List.of()).forEach(item -> claimed.add(item.get("url").s()));
        }
        return claimed;
    }

    public String tableName() {
        return tableName;
    }

    private static Map<String, AttributeValue> key(String runId, String url) {
        return Map.of("runId", AttributeValue.fromS(runId), "url", AttributeValue.fromS(url));
    }
}
