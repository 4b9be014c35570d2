package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * Scheduled ({@code rate(5 minutes)}): logs a one-line summary of the leaderboard, e.g.
 * {@code top words: hello 12, world 3}, or {@code no words counted yet}, and returns it.
 */
public class SummaryHandler implements RequestHandler<ScheduledEvent, String> {

    private final LeaderboardStore store;

    public SummaryHandler() {
        this(new LeaderboardStore(AwsClients.dynamoDb(), Env.required("TABLE_NAME")));
    }

    public SummaryHandler(LeaderboardStore store) {
        this.store = store;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        throw new UnsupportedOperationException(
                "Exercise 12: log the leaderboard's summary - see exercises/12-leaderboard/README.md");
    }
}
