package workshop.router;

import static workshop.router.RuntimeKeys.PK;
import static workshop.router.RuntimeKeys.SK;

import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The kill switch and the budget, on DynamoDB: one transaction decides whether a message is let in.
 *
 * <p>{@link #admit} writes, all or nothing:
 * <ol>
 *   <li>the message's marker {@code message#<id>} (outcome {@code admitted}), if there is none yet: a
 *       message is decided once, whatever the number of deliveries;</li>
 *   <li>{@code ADD admitted 1} on the run, if the run exists, has admitted fewer than its budget, and is not
 *       terminated;</li>
 *   <li>{@code ADD received 1} on the message type's counters.</li>
 * </ol>
 * DynamoDB cancels the transaction when a condition is false and says which one
 * ({@code CancellationReasons}, one per item, in order). A failed marker condition means the message came
 * before: it gets the decision written then. A failed run condition means the run is closed: the message
 * is dropped, and that is recorded once too ({@link #drop}: marker with outcome {@code dropped}, {@code ADD
 * dropped}), so a redelivered dropped message is not counted again. When the budget was the reason, the
 * same write sets {@code terminated = "budget"} on the run, unless an operator's reason is already there.
 *
 * <p>Two processes admitting the last unit of budget at the same moment cannot both succeed: the
 * conditions of a transaction are checked against the items as they are when it commits.
 */
final class DynamoDbAdmission {

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String ADMITTED = "admitted";
    private static final String DROPPED = "dropped";
    private static final AttributeValue ONE = AttributeValue.fromN("1");
    /** {@code terminated} is one of DynamoDB's reserved words: expressions name it through a placeholder. */
    static final Map<String, String> TERMINATED_NAME = Map.of("#terminated", "terminated");

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    DynamoDbAdmission(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * Lets the message in or drops it, in one {@code TransactWriteItems} of three items, in this order (the
     * cancellation reasons come back in the same order):
     * <ol>
     *   <li>a Put of the marker {@code message#<id>} ({@link RuntimeKeys#messageSk}: {@code messageType},
     *       {@code outcome} "admitted", {@code reason} "", {@link RuntimeKeys#EXPIRES_AT}) on the condition
     *       that it does not exist, returning the old item when it does;</li>
     *   <li>{@code ADD admitted :one} on the run item, on the condition that the run exists, has admitted
     *       fewer than its budget and is not terminated ({@link #TERMINATED_NAME}: a reserved word);</li>
     *   <li>{@code ADD received :one} on the type's counters ({@link RuntimeKeys#typeSk}).</li>
     * </ol>
     * Cancelled because of the marker: the decision recorded then ({@link Admission#redelivered()}, or
     * {@link Admission#dropped} with the marker's reason). Because of the run: read it (consistently); no
     * run is {@link Admission#unknownRun}; a {@code terminated} reason drops the message with it; else the
     * budget is spent: drop it for {@link Admission#BUDGET} and set {@code terminated = "budget"} on the run
     * unless a reason is there already. A drop is recorded once, like {@link #drop}. Any other
     * cancellation is rethrown.
     */
    Admission admit(Envelope envelope, String messageType) {
        throw new UnsupportedOperationException(
                "Exercise 14: admit a message once, within the budget and the kill switch - see exercises/14-count-and-stop/README.md");
    }

    /**
     * Records once that the message was dropped without being let in ({@link RouterRuntime#drop}): the
     * same three-item transaction with the marker's outcome "dropped" and the reason, {@code ADD dropped
     * :one} on the run (which must exist) and {@code ADD received :one, dropped :one} on the type. A marker
     * already there: the decision recorded then; no run: {@link Admission#unknownRun}.
     */
    Admission drop(Envelope envelope, String messageType, String reason) {
        throw new UnsupportedOperationException(
                "Exercise 14: record a dropped message once - see exercises/14-count-and-stop/README.md");
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
