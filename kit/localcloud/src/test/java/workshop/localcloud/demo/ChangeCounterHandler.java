package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/** Demo app, DynamoDB stream → DynamoDB: counts the changes of the notes table by event name. */
public class ChangeCounterHandler implements RequestHandler<DynamodbEvent, Void> {

    private final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    private final String auditTable = Env.required("AUDIT_TABLE");

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            dynamoDb.updateItem(r -> r.tableName(auditTable)
                    .key(Map.of("id", AttributeValue.fromS("changes/" + record.getEventName())))
                    .updateExpression("ADD deliveries :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        }
        return null;
    }
}
