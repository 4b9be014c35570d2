package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/** Demo app, schedule: counts its ticks, remembering the rule that fired it. */
public class TickHandler implements RequestHandler<ScheduledEvent, Void> {

    private final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    private final String auditTable = Env.required("AUDIT_TABLE");

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        dynamoDb.updateItem(r -> r.tableName(auditTable)
                .key(Map.of("id", AttributeValue.fromS("ticks")))
                .updateExpression("SET ruleArn = :rule, detailType = :type ADD deliveries :one")
                .expressionAttributeValues(Map.of(
                        ":rule", AttributeValue.fromS(event.getResources().get(0)),
                        ":type", AttributeValue.fromS(event.getDetailType()),
                        ":one", AttributeValue.fromN("1"))));
        context.getLogger().log("tick at " + event.getTime());
        return null;
    }
}
