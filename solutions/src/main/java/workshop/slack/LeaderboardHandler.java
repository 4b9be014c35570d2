package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.HashMap;
import java.util.Map;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * DynamoDB stream of the words table: keeps the leaderboard item up to date with the new counts.
 *
 * <p>The stream carries every change of the table, so the handler keeps only word counters' inserts
 * and updates: markers, TTL deletions and the leaderboard's own saves are skipped (otherwise each save
 * would trigger the next). A batch's counts are collected first, highest per word, and merged into the
 * board with one read and one conditional write, not one per record.
 */
public class LeaderboardHandler implements RequestHandler<DynamodbEvent, Void> {

    private final LeaderboardStore store;

    public LeaderboardHandler() {
        this(new LeaderboardStore(AwsClients.dynamoDb(), Env.required("TABLE_NAME")));
    }

    public LeaderboardHandler(LeaderboardStore store) {
        this.store = store;
    }

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        Map<String, Long> newCounts = new HashMap<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            Map<String, AttributeValue> image = record.getDynamodb().getNewImage();
            if ("REMOVE".equals(record.getEventName()) || image == null) {
                continue;
            }
            AttributeValue word = image.get(WordsTable.KEY);
            AttributeValue count = image.get(WordsTable.COUNT);
            if (word != null && WordsTable.isWordKey(word.getS()) && count != null && count.getN() != null) {
                newCounts.merge(word.getS(), Long.parseLong(count.getN()), Math::max);
            }
        }
        if (!newCounts.isEmpty()) {
            Leaderboard board = store.mergeAndSave(newCounts);
            context.getLogger().log("leaderboard: " + board.entries());
        }
        return null;
    }
}
