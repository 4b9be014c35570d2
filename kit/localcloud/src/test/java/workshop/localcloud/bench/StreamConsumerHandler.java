package workshop.localcloud.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * Benchmark app, Kinesis → DynamoDB: notes when each record arrives (its data is the benchmark's key),
 * then stores it, as the course's processor does. Only the arrival is timed.
 */
public class StreamConsumerHandler implements RequestHandler<KinesisEvent, StreamsEventResponse> {

    private final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    private final String receiptsTable = Env.required("RECEIPTS_TABLE");

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            BenchReceipts.received(key(record));
        }
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            dynamoDb.putItem(request -> request.tableName(receiptsTable).item(Map.of(
                    "id", AttributeValue.fromS(key(record)),
                    "sequenceNumber", AttributeValue.fromS(record.getKinesis().getSequenceNumber()))));
        }
        context.getLogger().log("stored " + event.getRecords().size() + " record(s)");
        return new StreamsEventResponse();
    }

    private static String key(KinesisEvent.KinesisEventRecord record) {
        return StandardCharsets.UTF_8.decode(record.getKinesis().getData().duplicate()).toString();
    }
}
