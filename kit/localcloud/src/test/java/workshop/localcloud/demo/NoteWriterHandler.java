package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * Demo app, Kinesis → DynamoDB: stores each note. A note whose text is "poison" makes the function
 * fail, so tests can watch bisection and the on-failure destination; a note whose text is "retry-me"
 * is reported as a batch item failure the first time it is seen.
 */
public class NoteWriterHandler implements RequestHandler<KinesisEvent, StreamsEventResponse> {

    private final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    private final String tableName = Env.required("TABLE_NAME");
    // Shared by every execution environment: a retry may run in another one than the first attempt.
    private static final java.util.Set<String> SEEN_RETRY_ME = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            String json = StandardCharsets.UTF_8.decode(record.getKinesis().getData()).toString();
            JsonObject note = JsonParser.parseString(json).getAsJsonObject();
            String text = note.get("text").getAsString();
            if (text.equals("poison")) {
                throw new IllegalArgumentException("cannot store note " + note.get("id").getAsString());
            }
            if (text.equals("retry-me") && SEEN_RETRY_ME.add(note.get("id").getAsString())) {
                return new StreamsEventResponse(List.of(
                        new StreamsEventResponse.BatchItemFailure(record.getKinesis().getSequenceNumber())));
            }
            dynamoDb.putItem(request -> request.tableName(tableName).item(Map.of(
                    "id", AttributeValue.fromS(note.get("id").getAsString()),
                    "text", AttributeValue.fromS(text),
                    "sequenceNumber", AttributeValue.fromS(record.getKinesis().getSequenceNumber()))));
        }
        context.getLogger().log("stored " + event.getRecords().size() + " note(s)");
        return new StreamsEventResponse();
    }
}
