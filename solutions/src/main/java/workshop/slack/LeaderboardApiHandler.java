package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.Gson;
import java.util.Map;
import workshop.support.AwsClients;
import workshop.support.Env;

/** {@code GET /leaderboard}: the top words as JSON, {@code {"top":[{"word":"hello","count":12}, ...]}}. */
public class LeaderboardApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Gson GSON = new Gson();

    private final LeaderboardStore store;

    public LeaderboardApiHandler() {
        this(new LeaderboardStore(AwsClients.dynamoDb(), Env.required("TABLE_NAME")));
    }

    public LeaderboardApiHandler(LeaderboardStore store) {
        this.store = store;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(GSON.toJson(Map.of("top", store.read().entries())))
                .build();
    }
}
