package workshop.localcloud.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/** Reading a table's stream from DynamoDB Local, as the stream event source mapping does. */
class DynamoDbStreamReaderTest {

    private static LocalDynamoDb dynamoDb;

    @BeforeAll
    static void start() {
        dynamoDb = LocalDynamoDb.start();
        dynamoDb.tables().create("watched", table("watched", true));
        dynamoDb.tables().create("other", table("other", false));
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void aWriteToAnotherTableFirstDoesNotStopTheStreamFromBeingRead() {
        DynamoDbClient client = dynamoDb.client();
        DynamoDbStreamReader reader = new DynamoDbStreamReader(client, dynamoDb.streamsClient(),
                "arn:aws:dynamodb:us-east-1:000000000000:table/watched/stream/local", "us-east-1");
        StreamReader.ShardCursor cursor = reader.open(reader.shardIds().get(0), "TRIM_HORIZON");

        put(client, "other", "elsewhere");
        List<PolledRecord> beforeAnyWrite = readAll(cursor);
        put(client, "watched", "first");
        put(client, "watched", "second");
        List<PolledRecord> afterWrites = readAll(cursor);

        assertThat(beforeAnyWrite).isEmpty();
        DynamodbEvent event = (DynamodbEvent) reader.eventOf(afterWrites);
        assertThat(event.getRecords()).extracting(record -> record.getDynamodb().getKeys().get("id").getS())
                .containsExactly("first", "second");
        assertThat(event.getRecords()).allSatisfy(record -> {
            assertThat(record.getEventName()).isEqualTo("INSERT");
            assertThat(record.getEventSourceARN()).isEqualTo(reader.streamArn());
            assertThat(record.getDynamodb().getApproximateCreationDateTime().toInstant())
                    .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofMinutes(5)));
        });
    }

    private static List<PolledRecord> readAll(StreamReader.ShardCursor cursor) {
        List<PolledRecord> records = new ArrayList<>();
        for (int read = 0; read < 5; read++) {
            records.addAll(cursor.next(100));
        }
        return records;
    }

    private static void put(DynamoDbClient client, String table, String id) {
        client.putItem(request -> request.tableName(table).item(Map.of("id", AttributeValue.fromS(id))));
    }

    private static Map<String, Object> table(String name, boolean stream) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Map.of(
                "TableName", name,
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH"))));
        if (stream) {
            properties.put("StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"));
        }
        return properties;
    }
}
