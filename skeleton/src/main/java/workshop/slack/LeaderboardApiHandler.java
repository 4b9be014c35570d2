package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import workshop.support.AwsClients;
import workshop.support.Env;

/** {@code GET /leaderboard}: the top words as JSON, {@code {"top":[{"word":"hello","count":12}, ...]}}. */
public class LeaderboardApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final LeaderboardStore store;

    public LeaderboardApiHandler() {
        this(new LeaderboardStore(AwsClients.dynamoDb(), Env.required("TABLE_NAME")));
    }

    public LeaderboardApiHandler(LeaderboardStore store) {
        this.store = store;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        throw new UnsupportedOperationException(
                "Exercise 12: answer the top words - see exercises/12-leaderboard/README.md");
    }
}
