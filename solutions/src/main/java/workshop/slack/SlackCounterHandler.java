package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.Gson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * {@code POST /slack}: counts the words of a Slack slash command or outgoing webhook, answers Slack
 * with their counts, and publishes the message to the words topic for the subscribers.
 *
 * <p>The order matters. The signature is checked first, on the raw body: a request that is not from
 * Slack gets a 401 and nothing is written or published. Then the words are counted (one DynamoDB
 * transaction), and only then published: a subscriber never sees a message whose counting failed.
 * Slack waits at most 3 seconds for the answer; all of this is a few milliseconds when warm.
 */
public class SlackCounterHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Gson GSON = new Gson();

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
        byte[] rawBody = SlackRequest.rawBody(event.getBody(), event.getIsBase64Encoded());
        Optional<String> problem = signature.problemWith(
                header(event, "X-Slack-Request-Timestamp"), header(event, "X-Slack-Signature"), rawBody);
        if (problem.isPresent()) {
            context.getLogger().log("refused a request: " + problem.get());
            return json(401, Map.of("text", "Refused: " + problem.get()));
        }

        SlackRequest request = SlackRequest.parse(rawBody);
        Words words;
        try {
            words = Words.of(request.text(), request.triggerWord());
        } catch (Words.RejectedMessageException tooMuch) {
            return reply(request, tooMuch.getMessage());
        }
        if (words.isEmpty()) {
            return reply(request, "Give me some words to count, e.g. `hello world`.");
        }

        Map<String, Long> counts = counter.count(words);
        WordsMessage message = new WordsMessage(UUID.randomUUID().toString(), request.text(), words.occurrences());
        sns.publish(PublishRequest.builder().topicArn(topicArn).message(message.toJson()).build());
        context.getLogger().log(request.userName() + " counted " + counts);
        return reply(request, counts.entrySet().stream()
                .map(count -> count.getKey() + ": " + count.getValue())
                .collect(Collectors.joining(", ")));
    }

    /**
     * Slack shows {@code text}; a slash command's answer is visible only to its sender unless it says
     * {@code response_type: in_channel}. An outgoing webhook's answer is always posted in the channel.
     */
    private static APIGatewayV2HTTPResponse reply(SlackRequest request, String text) {
        Map<String, String> body = new LinkedHashMap<>();
        if (request.isSlashCommand()) {
            body.put("response_type", "in_channel");
        }
        body.put("text", text);
        return json(200, body);
    }

    private static APIGatewayV2HTTPResponse json(int status, Map<String, String> body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(GSON.toJson(body))
                .build();
    }

    /** HTTP header names are case-insensitive; an HTTP API lower-cases them, a test may not. */
    private static String header(APIGatewayV2HTTPEvent event, String name) {
        if (event.getHeaders() == null) {
            return null;
        }
        return event.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
