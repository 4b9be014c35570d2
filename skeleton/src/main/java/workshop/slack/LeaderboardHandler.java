package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * DynamoDB stream of the words table: keeps the leaderboard item up to date with the new counts.
 *
 * <p>The stream carries every change of the table, so the handler keeps only word counters' inserts
 * and updates ({@link WordsTable#isWordKey}): markers, TTL deletions and the leaderboard's own saves
 * are skipped (otherwise each save would trigger the next). A batch's counts are collected first,
 * highest per word, and merged into the board with one read and one conditional write, not one per
 * record.
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
        throw new UnsupportedOperationException(
                "Exercise 12: the stream's new counts into the board - see exercises/12-leaderboard/README.md");
    }
}
