package workshop.router;

import static workshop.router.DynamoDbAdmission.key;
import static workshop.router.RuntimeKeys.PK;
import static workshop.router.RuntimeKeys.RUN_SK;
import static workshop.router.RuntimeKeys.SK;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The router's bookkeeping in the runtime table ({@code router-runtime-<suffix>}; layout in
 * {@link RuntimeKeys}).
 *
 * <p>Counters only ever change with {@code ADD}, which DynamoDB applies atomically on the item: two
 * writers never lose each other's counts, and nobody reads a counter to write it back. Whatever must
 * happen once per message (counting it as received, marking a handler completed) is written in one
 * {@code TransactWriteItems} together with a marker item under the condition that the marker does not
 * exist yet: a redelivery finds the marker, the transaction is cancelled as a whole, nothing is counted
 * twice. Markers expire after {@link RuntimeKeys#MARKER_LIFETIME} (TTL attribute {@code expiresAt}).
 *
 * <p>The admission (budget and kill switch) is {@link DynamoDbAdmission}.
 */
public class DynamoDbRouterRuntime implements RouterRuntime {

    private static final AttributeValue ONE = AttributeValue.fromN("1");
    private static final AttributeValue ZERO = AttributeValue.fromN("0");

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;
    private final DynamoDbAdmission admission;

    public DynamoDbRouterRuntime(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
        this.admission = new DynamoDbAdmission(dynamoDb, tableName, clock);
    }

    @Override
    public void startRun(String runId, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a run's budget must be at least 1, got " + budget);
        }
        String startedAt = RuntimeKeys.startedAt(clock.instant());
        Map<String, AttributeValue> run = Map.of(
                PK, AttributeValue.fromS(RuntimeKeys.runPk(runId)),
                SK, AttributeValue.fromS(RUN_SK),
                "budget", AttributeValue.fromN(Long.toString(budget)),
                "startedAt", AttributeValue.fromS(startedAt),
                "admitted", ZERO,
                "dropped", ZERO);
        Map<String, AttributeValue> index = Map.of(
                PK, AttributeValue.fromS(RuntimeKeys.RUNS_PK),
                SK, AttributeValue.fromS(RuntimeKeys.runIndexSk(startedAt, runId)));
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(run)
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(index).build()).build()));
        } catch (TransactionCanceledException cancelled) {
            if ("ConditionalCheckFailed".equals(cancelled.cancellationReasons().get(0).code())) {
                throw new IllegalStateException("run " + runId + " was started already");
            }
            throw cancelled;
        }
    }

    /** {@inheritDoc} The first reason stays: terminating a run that is already terminated changes nothing. */
    @Override
    public void terminate(String runId, String reason) {
        try {
            dynamoDb.updateItem(request -> request
                    .tableName(tableName)
                    .key(key(RuntimeKeys.runPk(runId), RUN_SK))
                    .updateExpression("SET #terminated = if_not_exists(#terminated, :reason)")
                    .expressionAttributeNames(DynamoDbAdmission.TERMINATED_NAME)
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":reason", AttributeValue.fromS(reason))));
        } catch (ConditionalCheckFailedException noSuchRun) {
            throw new IllegalArgumentException("no run " + runId);
        }
    }

    @Override
    public Optional<RunStats> stats(String runId) {
        Map<String, AttributeValue> run = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(runId), RUN_SK))
                .consistentRead(true)).item();
        if (run == null || run.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RunStats.TypeCounters> byType = new TreeMap<>();
        for (Map<String, AttributeValue> item : query(RuntimeKeys.runPk(runId), RuntimeKeys.TYPE_PREFIX)) {
            String messageType = item.get(SK).s().substring(RuntimeKeys.TYPE_PREFIX.length());
            byType.put(messageType, new RunStats.TypeCounters(number(item, "received"), number(item, "handled"),
                    number(item, "failed"), number(item, "emitted"), number(item, "dropped")));
        }
        AttributeValue terminated = run.get("terminated");
        return Optional.of(new RunStats(runId, number(run, "budget"), Instant.parse(run.get("startedAt").s()),
                terminated == null ? null : terminated.s(), number(run, "admitted"), number(run, "dropped"), byType));
    }

    @Override
    public Optional<String> latestRunId() {
        QueryResponse newest = dynamoDb.query(request -> request
                .tableName(tableName)
                .keyConditionExpression("pk = :runs")
                .expressionAttributeValues(Map.of(":runs", AttributeValue.fromS(RuntimeKeys.RUNS_PK)))
                .scanIndexForward(false)
                .limit(1));
        return newest.items().stream().findFirst().map(item -> RuntimeKeys.runIdOf(item.get(SK).s()));
    }

    @Override
    public Admission admit(Envelope envelope, String messageType) {
        return admission.admit(envelope, messageType);
    }

    @Override
    public Admission drop(Envelope envelope, String messageType, String reason) {
        return admission.drop(envelope, messageType, reason);
    }

    @Override
    public Set<String> completedHandlers(Envelope envelope) {
        String prefix = RuntimeKeys.donePrefix(envelope.messageId());
        Set<String> names = new HashSet<>();
        for (Map<String, AttributeValue> marker : query(RuntimeKeys.runPk(envelope.runId()), prefix)) {
            names.add(marker.get(SK).s().substring(prefix.length()));
        }
        return names;
    }

    /**
     * {@inheritDoc}
     *
     * <p>One {@code TransactWriteItems}: first a Put of the completion marker {@code done#<id>#<handler>}
     * ({@link RuntimeKeys#doneSk}, with {@link RuntimeKeys#EXPIRES_AT}) on the condition that it does not
     * exist, then one {@code ADD} per type item: {@code handled} on {@code messageType}'s counters and
     * {@code emitted} on each emitted type's. A transaction may touch an item only once, and a handler may
     * emit its own type: merge the counters of one type into one update. A marker already there (the
     * transaction cancelled with {@code ConditionalCheckFailed} first) means this completion was counted
     * before: nothing to do. Any other failure is thrown.
     */
    @Override
    public void completed(Envelope envelope, String messageType, String handlerName, Map<String, Integer> emittedByType) {
        throw new UnsupportedOperationException(
                "Exercise 14: mark a handler completed and count it, once - see exercises/14-count-and-stop/README.md");
    }

    @Override
    public void failed(Envelope envelope, String messageType, String handlerName) {
        dynamoDb.updateItem(request -> request
                .tableName(tableName)
                .key(key(RuntimeKeys.runPk(envelope.runId()), RuntimeKeys.typeSk(messageType)))
                .updateExpression("ADD failed :one")
                .expressionAttributeValues(Map.of(":one", ONE)));
    }

    /** Every item of the partition whose sort key starts with {@code prefix}, page after page, read consistently. */
    private List<Map<String, AttributeValue>> query(String pk, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(tableName)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(prefix)))
                    .consistentRead(true);
            if (startKey != null) {
                request.exclusiveStartKey(startKey);
            }
            QueryResponse page = dynamoDb.query(request.build());
            items.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return items;
    }

    private static long number(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? 0 : Long.parseLong(value.n());
    }
}
