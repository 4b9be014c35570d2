package workshop.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The intercepted client over the real engine. The engine (slow to start) is shared by the class;
 * each test gets a fresh interceptor (instant), so faults, listeners and counts never leak between
 * tests, and its own item ids.
 */
class DynamoDbClientInterceptorTest {

    private static final String WORDS = "words";
    private static final String LETTERS = "letters";

    private static AmazonDynamoDBLocal engine;

    private DynamoDbClientInterceptor interceptor;
    private DynamoDbClient dynamoDb;
    private final List<String> writtenTables = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startEngineWithTables() {
        engine = DynamoDBEmbedded.create(true);
        for (String table : List.of(WORDS, LETTERS)) {
            engine.dynamoDbClient().createTable(request -> request
                    .tableName(table)
                    .billingMode("PAY_PER_REQUEST")
                    .keySchema(key -> key.attributeName("id").keyType(KeyType.HASH))
                    .attributeDefinitions(id -> id.attributeName("id").attributeType(ScalarAttributeType.S)));
        }
    }

    @AfterAll
    static void stopEngine() {
        engine.shutdown();
    }

    @BeforeEach
    void interceptFreshly() {
        interceptor = new DynamoDbClientInterceptor(engine.dynamoDbClient());
        dynamoDb = interceptor.client();
    }

    private static WriteRequest put(String id) {
        return WriteRequest.builder()
                .putRequest(put -> put.item(Map.of("id", AttributeValue.fromS(id))))
                .build();
    }

    private static List<WriteRequest> puts(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(index -> put(prefix + index)).toList();
    }

    private boolean isStored(String table, String id) {
        return engine.dynamoDbClient()
                .getItem(request -> request.tableName(table).key(Map.of("id", AttributeValue.fromS(id))))
                .hasItem();
    }

    private static String idOf(WriteRequest write) {
        return write.putRequest().item().get("id").s();
    }

    @Test
    void withoutFaultsEveryBatchWriteIsWritten() {
        BatchWriteItemResponse response = dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, puts("plain-", 10))));

        assertThat(response.unprocessedItems()).isEmpty();
        assertThat(IntStream.range(0, 10)).allMatch(index -> isStored(WORDS, "plain-" + index));
    }

    @Test
    void shareOneHoldsBackTheWholeBatchPerTable() {
        interceptor.unprocessedItems(1.0, new Random(1));
        List<WriteRequest> words = puts("all-held-", 3);
        List<WriteRequest> letters = puts("all-held-", 2);

        BatchWriteItemResponse response = dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, words, LETTERS, letters)));

        assertThat(response.unprocessedItems()).isEqualTo(Map.of(WORDS, words, LETTERS, letters));
        assertThat(words).noneMatch(write -> isStored(WORDS, idOf(write)));
        assertThat(letters).noneMatch(write -> isStored(LETTERS, idOf(write)));
    }

    @Test
    void aShareIsHeldBackAndExactlyTheReturnedWritesAreMissing() {
        interceptor.unprocessedItems(0.3, new Random(42));
        List<WriteRequest> writes = puts("partly-", 25);

        BatchWriteItemResponse response = dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, writes)));

        List<WriteRequest> returned = response.unprocessedItems().get(WORDS);
        assertThat(returned).isNotEmpty().hasSizeLessThan(writes.size()).isSubsetOf(writes);
        for (WriteRequest write : writes) {
            assertThat(isStored(WORDS, idOf(write)))
                    .as("%s is stored exactly when it was not returned", idOf(write))
                    .isEqualTo(!returned.contains(write));
        }
    }

    @Test
    void retryingTheUnprocessedItemsWritesEverythingInTheEnd() {
        interceptor.unprocessedItems(0.3, new Random(7));
        Map<String, List<WriteRequest>> pending = Map.of(WORDS, puts("retried-", 20));

        int calls = 0;
        while (!pending.isEmpty() && calls < 100) { // the loop attendees write, with backoff left out
            Map<String, List<WriteRequest>> batch = pending;
            pending = dynamoDb.batchWriteItem(request -> request.requestItems(batch)).unprocessedItems();
            calls++;
        }

        assertThat(pending).isEmpty();
        assertThat(calls).isGreaterThan(1);
        assertThat(IntStream.range(0, 20)).allMatch(index -> isStored(WORDS, "retried-" + index));
    }

    @Test
    void theSameSeedHoldsBackTheSameWrites() {
        List<WriteRequest> writes = puts("seeded-", 20);

        interceptor.unprocessedItems(0.5, new Random(3));
        var first = dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(WORDS, writes)));
        interceptor.unprocessedItems(0.5, new Random(3));
        var second = dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(WORDS, writes)));

        assertThat(second.unprocessedItems()).isEqualTo(first.unprocessedItems());
    }

    @Test
    void requestObjectAndBuilderOverloadAreBothIntercepted() {
        interceptor.unprocessedItems(1.0, new Random(1));
        BatchWriteItemRequest viaRequest = BatchWriteItemRequest.builder()
                .requestItems(Map.of(WORDS, List.of(put("overload-request"))))
                .build();

        assertThat(dynamoDb.batchWriteItem(viaRequest).unprocessedItems()).containsKey(WORDS);
        assertThat(dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, List.of(put("overload-builder"))))).unprocessedItems())
                .containsKey(WORDS);
        assertThat(isStored(WORDS, "overload-request")).isFalse();
        assertThat(isStored(WORDS, "overload-builder")).isFalse();
        assertThat(interceptor.callCounts()).containsEntry("BatchWriteItem", 2L);
    }

    @Test
    void anOversizedBatchIsRefusedByDynamoDbEvenWithFaultsOn() {
        interceptor.unprocessedItems(0.5, new Random(1));

        assertThatThrownBy(() -> dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, puts("oversized-", 26)))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Too many items");
    }

    @Test
    void shareZeroTurnsFaultsOffAndOtherSharesAreRefused() {
        interceptor.unprocessedItems(1.0, new Random(1));
        interceptor.unprocessedItems(0, null);

        assertThat(dynamoDb.batchWriteItem(request -> request
                .requestItems(Map.of(WORDS, puts("off-", 5)))).unprocessedItems()).isEmpty();
        assertThatThrownBy(() -> interceptor.unprocessedItems(1.5, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interceptor.unprocessedItems(Double.NaN, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeListenerHearsOfEachSuccessfulWriteWithTheTableName() {
        interceptor.addWriteListener(writtenTables::add);

        dynamoDb.putItem(request -> request.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("heard"))));
        dynamoDb.updateItem(request -> request.tableName(LETTERS).key(Map.of("id", AttributeValue.fromS("a")))
                .updateExpression("SET seen = :yes")
                .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
        dynamoDb.deleteItem(request -> request.tableName(WORDS).key(Map.of("id", AttributeValue.fromS("heard"))));
        dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(LETTERS, List.of(put("b")))));
        dynamoDb.transactWriteItems(request -> request.transactItems(
                item -> item.put(put -> put.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("in-tx"))))));
        dynamoDb.executeStatement(request -> request.statement("INSERT INTO \"letters\" VALUE {'id': 'c'}"));

        assertThat(writtenTables).containsExactly(WORDS, LETTERS, WORDS, LETTERS, WORDS, LETTERS);
    }

    @Test
    void writeListenerHearsNothingOfReadsFailedWritesOrBatchesHeldBackWhole() {
        interceptor.addWriteListener(writtenTables::add);

        dynamoDb.getItem(request -> request.tableName(WORDS).key(Map.of("id", AttributeValue.fromS("x"))));
        dynamoDb.executeStatement(request -> request.statement("SELECT * FROM \"words\" WHERE id = 'x'"));
        assertThatThrownBy(() -> dynamoDb.putItem(request -> request
                .tableName(WORDS)
                .item(Map.of("id", AttributeValue.fromS("never")))
                .conditionExpression("attribute_exists(id)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        interceptor.unprocessedItems(1.0, new Random(1));
        dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(WORDS, List.of(put("held")))));

        assertThat(writtenTables).isEmpty();
    }

    @Test
    void writeListenerHearsOnlyOfTheStatementsOfABatchThatSucceeded() {
        dynamoDb.putItem(request -> request.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("taken"))));
        interceptor.addWriteListener(writtenTables::add);

        var response = dynamoDb.batchExecuteStatement(request -> request.statements(
                statement -> statement.statement("INSERT INTO letters VALUE {'id': 'new'}"),
                statement -> statement.statement("INSERT INTO \"words\" VALUE {'id': 'taken'}")));

        assertThat(response.responses().get(1).error()).isNotNull(); // INSERT of an existing key fails
        assertThat(writtenTables).containsExactly(LETTERS);
    }

    @Test
    void aFailingWriteListenerDoesNotHideTheWriteFromTheCaller() {
        interceptor.addWriteListener(table -> {
            throw new IllegalStateException("listener bug");
        });
        interceptor.addWriteListener(writtenTables::add);

        dynamoDb.putItem(request -> request.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("despite"))));

        assertThat(isStored(WORDS, "despite")).isTrue();
        assertThat(writtenTables).containsExactly(WORDS);
    }

    @Test
    void countsCallsPerOperationWhicheverOverloadIsUsed() {
        dynamoDb.putItem(request -> request.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("counted"))));
        dynamoDb.putItem(request -> request.tableName(WORDS).item(Map.of("id", AttributeValue.fromS("counted"))));
        dynamoDb.listTables();
        List<String> scanned = new ArrayList<>();
        dynamoDb.scanPaginator(request -> request.tableName(LETTERS)).items()
                .forEach(item -> scanned.add(item.get("id").s()));

        assertThat(interceptor.callCounts()).containsExactly(
                Map.entry("ListTables", 1L), Map.entry("PutItem", 2L), Map.entry("Scan", 1L));

        interceptor.resetCallCounts();
        assertThat(interceptor.callCounts()).isEmpty();
    }

    @Test
    void paginatorsThrowTheSdkExceptionsAsTheRequestFormsDo() {
        // DynamoDB Local's own client lets its internal exception out of paginators; handlers
        // catching ResourceNotFoundException must see that one.
        assertThatThrownBy(() -> dynamoDb.scanPaginator(request -> request.tableName("missing-table"))
                .items().iterator().hasNext())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void closingTheHandlersClientLeavesTheEngineRunning() {
        dynamoDb.close();

        assertThat(dynamoDb.listTables().tableNames()).contains(WORDS, LETTERS);
        assertThat(dynamoDb.serviceName()).isEqualTo("dynamodb");
    }

    @Test
    void waitersPollThroughTheInterceptor() {
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(WORDS));

        assertThat(interceptor.callCounts()).containsEntry("DescribeTable", 1L);
    }
}
