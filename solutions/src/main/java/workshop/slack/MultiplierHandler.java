package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * SNS subscriber: adds 10 per occurrence to the count of every word of every published message.
 *
 * <p>SNS delivers at least once: the same message may arrive twice, and must not count twice. So each
 * message is processed in one transaction that writes a marker item {@code #message#<id>} — only if it
 * does not exist yet ({@code attribute_not_exists}) — together with the counters' {@code ADD}s. If the
 * marker is already there the whole transaction is cancelled, no counter moves, and the message is
 * skipped as a duplicate. Marker and counts succeed or fail together: there is no moment where the
 * counts are added but the marker is missing (or the reverse), which a marker written in a separate
 * call could not promise. The marker's {@code expiresAt} lets DynamoDB's TTL delete it after a day,
 * long after SNS has stopped retrying.
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
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            WordsMessage message = WordsMessage.fromJson(record.getSNS().getMessage());
            if (addPoints(message)) {
                context.getLogger().log("multiplied " + message.words() + " of message " + message.messageId());
            } else {
                context.getLogger().log("skipped message " + message.messageId() + " (SNS message "
                        + record.getSNS().getMessageId() + "): already processed");
            }
        }
        return null;
    }

    /** @return false when the message had already been processed, and nothing changed */
    boolean addPoints(WordsMessage message) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(marker(message.messageId())).build());
        items.addAll(WordCounter.additions(tableName, message.asWords(), POINTS_PER_OCCURRENCE));
        try {
            TransactionRetry.write(dynamoDb, TransactWriteItemsRequest.builder().transactItems(items).build());
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (markerAlreadyThere(cancelled)) {
                return false;
            }
            throw cancelled;
        }
    }

    private Put marker(String messageId) {
        long expiresAt = clock.instant().plus(MARKER_LIFETIME).getEpochSecond();
        return Put.builder()
                .tableName(tableName)
                .item(Map.of(
                        WordsTable.KEY, AttributeValue.fromS(WordsTable.markerKey(messageId)),
                        WordsTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt))))
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", WordsTable.KEY))
                .build();
    }

    /** The marker is the transaction's first item; its reason comes first in the cancellation reasons. */
    private static boolean markerAlreadyThere(TransactionCanceledException cancelled) {
        return cancelled.hasCancellationReasons()
                && "ConditionalCheckFailed".equals(cancelled.cancellationReasons().get(0).code());
    }
}
