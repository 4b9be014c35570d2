package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.stream.Collectors;
import workshop.support.AwsClients;
import workshop.support.Env;

/** Scheduled ({@code rate(5 minutes)}): logs a one-line summary of the leaderboard. */
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
        Leaderboard board = store.read();
        String summary = board.entries().isEmpty()
                ? "no words counted yet"
                : "top words: " + board.entries().stream()
                        .map(entry -> entry.word() + " " + entry.count())
                        .collect(Collectors.joining(", "));
        context.getLogger().log(summary);
        return summary;
    }
}
