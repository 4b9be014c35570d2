package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import software.amazon.awssdk.services.sns.SnsClient;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * {@code POST /slack}: counts the words of a Slack slash command or outgoing webhook, answers Slack
 * with their counts ({@code {"text":"hello: 1, world: 2"}}, plus {@code "response_type":"in_channel"}
 * for a slash command, so that the channel sees it), and publishes the message to the words topic
 * ({@link WordsMessage}) for the subscribers.
 *
 * <p>The order matters. The signature is checked first, on the raw body: a request that is not from
 * Slack gets a 401 and nothing is written or published. Then the words are counted (one DynamoDB
 * transaction), and only then published: a subscriber never sees a message whose counting failed.
 * A message without words, or beyond the bounds of {@link Words}, gets a 200 that tells the user
 * why, and nothing is counted. Slack waits at most 3 seconds for the answer.
 */
public class SlackCounterHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final SlackSignature signature;
    private final WordCounter counter;
    private final SnsClient sns;
    private final String topicArn;

    /** Used by Lambda: configuration from the function's environment, clients from {@link AwsClients}. */
    public SlackCounterHandler() {
        this(new SlackSignature(Env.required("SLACK_SIGNING_SECRET"), Clock.systemUTC()),
                new WordCounter(AwsClients.dynamoDb(), Env.required("TABLE_NAME")),
                AwsClients.sns(), Env.required("TOPIC_ARN"));
    }

    public SlackCounterHandler(SlackSignature signature, WordCounter counter, SnsClient sns, String topicArn) {
        this.signature = signature;
        this.counter = counter;
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        throw new UnsupportedOperationException(
                "Exercise 10: check, count, publish, answer Slack - see exercises/10-count-words/README.md");
    }
}
