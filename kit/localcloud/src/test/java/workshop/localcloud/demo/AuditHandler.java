package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * Demo app, SNS subscriber: records which subscriber saw which message. Two functions use this
 * class with a different {@code SUBSCRIBER} to show fan-out.
 */
public class AuditHandler implements RequestHandler<SNSEvent, Void> {

    private final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    private final String tableName = Env.required("AUDIT_TABLE");
    private final String subscriber = Env.required("SUBSCRIBER");

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            dynamoDb.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("id", AttributeValue.fromS(subscriber + "/" + record.getSNS().getMessageId())))
                    .updateExpression("SET message = :message ADD deliveries :one")
                    .expressionAttributeValues(Map.of(
                            ":message", AttributeValue.fromS(record.getSNS().getMessage()),
                            ":one", AttributeValue.fromN("1"))));
            context.getLogger().log(subscriber + " got " + record.getSNS().getMessage());
        }
        return null;
    }
}
