package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import workshop.support.AwsClients;
import workshop.support.Env;

/** Demo app, HTTP → SNS: {@code POST /announcements} publishes the body to the topic. */
public class AnnounceHandler implements RequestHandler<APIGatewayV2HTTPEvent, Map<String, String>> {

    private final SnsClient sns = AwsClients.sns();
    private final String topicArn = Env.required("TOPIC_ARN");

    @Override
    public Map<String, String> handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String messageId = sns.publish(r -> r.topicArn(topicArn).message(request.getBody())).messageId();
        return Map.of("messageId", messageId);
    }
}
