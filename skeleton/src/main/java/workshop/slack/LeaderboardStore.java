package workshop.slack;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The leaderboard item ({@code word = }{@value WordsTable#LEADERBOARD_KEY}) of the words table:
 * attribute {@code top}, a map word → count, and {@code version}, raised by every save.
 *
 * <p>Saving is an optimistic update: it succeeds only if the item still has the version that was
 * read. A table's stream has one shard per partition, and Lambda runs one invocation per shard at the
 * same time; two of them reading the board, merging and saving would otherwise lose one merge.
 */
public final class LeaderboardStore {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public LeaderboardStore(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** The current board (strongly consistent read); empty before the first save. */
    public Leaderboard read() {
        throw new UnsupportedOperationException("Exercise 12: read the board - see exercises/12-leaderboard/README.md");
    }

    /**
     * Merges {@code counts} into the stored board, trying again (a bounded number of times) when
     * another writer came first. A merge that changes nothing writes nothing.
     *
     * @return the board as saved
     */
    public Leaderboard mergeAndSave(Map<String, Long> counts) {
        throw new UnsupportedOperationException(
                "Exercise 12: merge and save, with an optimistic version check - see exercises/12-leaderboard/README.md");
    }
}
