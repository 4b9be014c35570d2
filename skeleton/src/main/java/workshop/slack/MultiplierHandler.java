package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * SNS subscriber: adds {@value #POINTS_PER_OCCURRENCE} per occurrence to the count of every word of
 * every published message ({@link WordsMessage}).
 *
 * <p>SNS delivers at least once: the same message may arrive twice, and must not count twice. So each
 * message is processed in one transaction that writes a marker item
 * ({@link WordsTable#markerKey}) — only if it does not exist yet — together with the counters'
 * additions. If the marker is already there the whole transaction is cancelled, no counter moves, and
 * the message is skipped as a duplicate. Marker and counts succeed or fail together: there is no
 * moment where the counts are added but the marker is missing (or the reverse), which a marker written
 * in a separate call could not promise. The marker's {@link WordsTable#EXPIRES_AT} lets DynamoDB's TTL
 * delete it after {@link #MARKER_LIFETIME}, long after SNS has stopped retrying.
 *
 * <p>An {@link SNSEvent} can carry several records; every one is processed, not just the first.
 */
public class MultiplierHandler implements RequestHandler<SNSEvent, Void> {

    static final int POINTS_PER_OCCURRENCE = 10;
    static final Duration MARKER_LIFETIME = Duration.ofDays(1);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public MultiplierHandler() {
        this(AwsClients.dynamoDb(), Env.required("TABLE_NAME"), Clock.systemUTC());
    }

    public MultiplierHandler(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        throw new UnsupportedOperationException(
                "Exercise 11: add the points of every message, once - see exercises/11-fan-out/README.md");
    }

    /**
     * Adds the message's points and its marker in one transaction.
     *
     * @return false when the message had already been processed, and nothing changed
     */
    boolean addPoints(WordsMessage message) {
        throw new UnsupportedOperationException(
                "Exercise 11: one transaction, marker and counters - see exercises/11-fan-out/README.md");
    }
}
