package workshop.router;

import static workshop.router.RuntimeKeys.EXPIRES_AT;
import static workshop.router.RuntimeKeys.PK;
import static workshop.router.RuntimeKeys.RUN_SK;
import static workshop.router.RuntimeKeys.SK;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

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

    Admission admit(Envelope envelope, String messageType) {
        Update admitOnRun = Update.builder()
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(envelope.runId()), RUN_SK))
                .updateExpression("ADD admitted :one")
                .conditionExpression("attribute_exists(pk) AND admitted < budget AND attribute_not_exists(#terminated)")
                .expressionAttributeNames(TERMINATED_NAME)
                .expressionAttributeValues(Map.of(":one", ONE))
                .build();
        try {
            write(marker(envelope, messageType, ADMITTED, ""), admitOnRun, receivedOnType(envelope, messageType, false));
            return Admission.admitted();
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            if (conditionFailed(reasons, 0)) {
                return earlierDecision(envelope, reasons.get(0).item());
            }
            if (conditionFailed(reasons, 1)) {
                return whyClosed(envelope, messageType);
            }
            throw cancelled;
        }
    }

    /** Records once that the message was dropped without being let in (see {@link RouterRuntime#drop}). */
    Admission drop(Envelope envelope, String messageType, String reason) {
        return recordDrop(envelope, messageType, reason, false);
    }

    /** The run refused the message: find out why (the run item as it is now) and record the drop. */
    private Admission whyClosed(Envelope envelope, String messageType) {
        Map<String, AttributeValue> run = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(envelope.runId()), RUN_SK))
                .consistentRead(true)).item();
        if (run == null || run.isEmpty()) {
            return Admission.unknownRun(envelope.runId());
        }
        AttributeValue terminated = run.get("terminated");
        if (terminated != null) {
            return recordDrop(envelope, messageType, terminated.s(), false);
        }
        return recordDrop(envelope, messageType, Admission.BUDGET, true);
    }

    private Admission recordDrop(Envelope envelope, String messageType, String reason, boolean budgetSpent) {
        Update.Builder dropOnRun = Update.builder()
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(envelope.runId()), RUN_SK))
                .conditionExpression("attribute_exists(pk)");
        if (budgetSpent) {
            // The first message over the budget closes the run for good: the next ones need not try the
            // admission transaction to learn it (and an operator's reason, if any, stays).
            dropOnRun.updateExpression("ADD dropped :one SET #terminated = if_not_exists(#terminated, :budget)")
                    .expressionAttributeNames(TERMINATED_NAME)
                    .expressionAttributeValues(Map.of(":one", ONE, ":budget", AttributeValue.fromS(Admission.BUDGET)));
        } else {
            dropOnRun.updateExpression("ADD dropped :one").expressionAttributeValues(Map.of(":one", ONE));
        }
        try {
            write(marker(envelope, messageType, DROPPED, reason), dropOnRun.build(), receivedOnType(envelope, messageType, true));
            return Admission.dropped(reason);
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            if (conditionFailed(reasons, 0)) {
                return earlierDecision(envelope, reasons.get(0).item());
            }
            if (conditionFailed(reasons, 1)) {
                return Admission.unknownRun(envelope.runId());
            }
            throw cancelled;
        }
    }

    /** The decision recorded in the message's marker when it came the first time. */
    private Admission earlierDecision(Envelope envelope, Map<String, AttributeValue> marker) {
        if (marker == null || marker.isEmpty()) {
            // ReturnValuesOnConditionCheckFailure gave nothing back: read the marker.
            marker = dynamoDb.getItem(request -> request
                    .tableName(tableName)
                    .key(key(RuntimeKeys.runPk(envelope.runId()), RuntimeKeys.messageSk(envelope.messageId())))
                    .consistentRead(true)).item();
        }
        if (DROPPED.equals(marker.get("outcome").s())) {
            return Admission.dropped(marker.get("reason").s());
        }
        return Admission.redelivered();
    }

    private TransactWriteItem marker(Envelope envelope, String messageType, String outcome, String reason) {
        Map<String, AttributeValue> item = Map.of(
                PK, AttributeValue.fromS(RuntimeKeys.runPk(envelope.runId())),
                SK, AttributeValue.fromS(RuntimeKeys.messageSk(envelope.messageId())),
                "messageType", AttributeValue.fromS(messageType),
                "outcome", AttributeValue.fromS(outcome),
                "reason", AttributeValue.fromS(reason),
                EXPIRES_AT, AttributeValue.fromN(Long.toString(RuntimeKeys.expiresAt(clock.instant()))));
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build();
    }

    private Update receivedOnType(Envelope envelope, String messageType, boolean dropped) {
        return Update.builder()
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(envelope.runId()), RuntimeKeys.typeSk(messageType)))
                .updateExpression(dropped ? "ADD received :one, dropped :one" : "ADD received :one")
                .expressionAttributeValues(Map.of(":one", ONE))
                .build();
    }

    private void write(TransactWriteItem marker, Update onRun, Update onType) {
        dynamoDb.transactWriteItems(request -> request.transactItems(
                marker,
                TransactWriteItem.builder().update(onRun).build(),
                TransactWriteItem.builder().update(onType).build()));
    }

    private static boolean conditionFailed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index && CONDITION_FAILED.equals(reasons.get(index).code());
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
