package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The runtime contract on DynamoDB Local, and what only the table shows: the items and the calls. */
class DynamoDbRouterRuntimeTest extends RouterRuntimeContract {

    @RegisterExtension
    static final RuntimeTableExtension dynamoDb = new RuntimeTableExtension();

    private String tableName;

    @Override
    protected RouterRuntime newRuntime() {
        tableName = dynamoDb.newTable();
        return new DynamoDbRouterRuntime(dynamoDb.client(), tableName, time);
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        return dynamoDb.items(tableName).stream()
                .filter(item -> item.get("pk").s().equals(pk) && item.get("sk").s().equals(sk))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + pk + " / " + sk));
    }

    @Test
    void admissionIsOneTransactionAndMarkersExpireAfterTwoDays() {
        RouterRuntime runtime = newRuntime();
        runtime.startRun("r1", 5);
        Envelope message = Envelope.root("m1", "r1", time.instant());
        dynamoDb.resetCallCounts();

        runtime.admit(message, "pageUrl");
        runtime.completed(message, "pageUrl", "pageUrl#0", Map.of("pageBody", 1));

        assertThat(dynamoDb.callCounts()).containsOnly(Map.entry("TransactWriteItems", 2L));
        long twoDaysLater = FakeTime.T0.getEpochSecond() + 2 * 24 * 3600;
        assertThat(item("run#r1", "message#m1")).containsEntry("outcome", AttributeValue.fromS("admitted"))
                .containsEntry("expiresAt", AttributeValue.fromN(Long.toString(twoDaysLater)));
        assertThat(item("run#r1", "done#m1#pageUrl#0")).containsEntry("expiresAt", AttributeValue.fromN(Long.toString(twoDaysLater)));
        assertThat(item("run#r1", "run")).containsEntry("admitted", AttributeValue.fromN("1"))
                .containsEntry("budget", AttributeValue.fromN("5"));
        assertThat(item("runs", "2026-11-23T10:00:00.000Z#r1")).isNotNull();
    }

    @Test
    void aRedeliveryCostsOneCancelledTransaction() {
        RouterRuntime runtime = newRuntime();
        runtime.startRun("r1", 5);
        Envelope message = Envelope.root("m1", "r1", time.instant());
        runtime.admit(message, "pageUrl");
        dynamoDb.resetCallCounts();

        runtime.admit(message, "pageUrl");

        // The old marker comes back with the cancellation (ReturnValuesOnConditionCheckFailure), or is read.
        assertThat(dynamoDb.callCounts().get("TransactWriteItems")).isEqualTo(1L);
        assertThat(dynamoDb.callCounts().getOrDefault("GetItem", 0L)).isLessThanOrEqualTo(1L);
    }

    @Test
    void statsReadTheRunAndItsTypesNotTheMarkers() {
        RouterRuntime runtime = newRuntime();
        runtime.startRun("r1", 50);
        for (int index = 0; index < 20; index++) {
            Envelope message = Envelope.root("m" + index, "r1", time.instant());
            runtime.admit(message, index % 2 == 0 ? "a" : "b");
            runtime.completed(message, index % 2 == 0 ? "a" : "b", "h", Map.of());
        }
        dynamoDb.resetCallCounts();

        RunStats stats = runtime.stats("r1").orElseThrow();

        assertThat(stats.byType()).containsOnlyKeys("a", "b");
        assertThat(stats.byType().get("a").handled()).isEqualTo(10);
        assertThat(dynamoDb.callCounts()).isEqualTo(Map.of("GetItem", 1L, "Query", 1L));
        assertThat(List.copyOf(stats.byType().keySet())).containsExactly("a", "b");
    }
}
