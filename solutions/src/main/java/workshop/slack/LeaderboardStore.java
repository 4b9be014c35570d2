package workshop.slack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The leaderboard item ({@code word = #leaderboard}) of the words table: attribute {@code top}, a map
 * word → count, and {@code version}, raised by every save.
 *
 * <p>Saving is an optimistic update: it succeeds only if the item still has the version that was
 * read. A table's stream has one shard per partition, and Lambda runs one invocation per shard at the
 * same time; two of them reading the board, merging and saving would otherwise lose one merge.
 */
public final class LeaderboardStore {

    private static final int MAX_ATTEMPTS = 10;

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public LeaderboardStore(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** The current board (strongly consistent read); empty before the first save. */
    public Leaderboard read() {
        return readVersioned().board();
    }

    /** Merges {@code counts} into the stored board, trying again when another writer came first. */
    public Leaderboard mergeAndSave(Map<String, Long> counts) {
        for (int attempt = 1; ; attempt++) {
            Versioned current = readVersioned();
            Leaderboard merged = current.board().merge(counts);
            if (merged.equals(current.board())) {
                return merged; // nothing changed: no write (and no new stream record)
            }
            try {
                save(merged, current.version());
                return merged;
            } catch (ConditionalCheckFailedException someoneElseSaved) {
                if (attempt == MAX_ATTEMPTS) {
                    throw someoneElseSaved;
                }
            }
        }
    }

    private record Versioned(Leaderboard board, long version) {
    }

    private Versioned readVersioned() {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                .key(WordsTable.keyOf(WordsTable.LEADERBOARD_KEY)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return new Versioned(Leaderboard.empty(), 0);
        }
        List<Leaderboard.Entry> entries = item.get("top").m().entrySet().stream()
                .map(entry -> new Leaderboard.Entry(entry.getKey(), Long.parseLong(entry.getValue().n())))
                .toList();
        return new Versioned(new Leaderboard(entries), Long.parseLong(item.get("version").n()));
    }

    private void save(Leaderboard board, long expectedVersion) {
        Map<String, AttributeValue> top = new HashMap<>();
        board.entries().forEach(entry -> top.put(entry.word(), AttributeValue.fromN(Long.toString(entry.count()))));
        dynamoDb.putItem(request -> request.tableName(tableName)
                .item(Map.of(
                        WordsTable.KEY, AttributeValue.fromS(WordsTable.LEADERBOARD_KEY),
                        "top", AttributeValue.fromM(top),
                        "version", AttributeValue.fromN(Long.toString(expectedVersion + 1))))
                .conditionExpression("attribute_not_exists(#key) OR version = :expected")
                .expressionAttributeNames(Map.of("#key", WordsTable.KEY))
                .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))));
    }
}
