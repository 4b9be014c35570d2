package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.readStream;
import static workshop.localcloud.kinesis.KinesisTestSupport.storedCount;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.Record;

/** Fault injection: a share of puts fails as when a shard is over its write throughput. */
class PutThrottlingTest {

    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(new MutableClock(START), "orders", 3);

    @Test
    void putRecordsReportsThrottledEntriesInPlaceAndStoresOnlyTheOthers() {
        List<PutRecordsRequestEntry> entries = IntStream.range(0, 500)
                .mapToObj(i -> PutRecordsRequestEntry.builder()
                        .partitionKey("key-" + (i % 20)).data(bytes("record " + i)).build())
                .toList();
        kinesis.throttlePuts(0.3, new Random(42));

        PutRecordsResponse response = kinesis.putRecords(b -> b.streamName("orders").records(entries));

        List<PutRecordsResultEntry> results = response.records();
        long failed = results.stream().filter(result -> result.errorCode() != null).count();
        assertThat(results).as("one result per entry").hasSize(500);
        assertThat(response.failedRecordCount()).isEqualTo((int) failed);
        assertThat(failed).as("about 30 percent").isBetween(100L, 200L);
        assertThat(storedCount(kinesis, "orders")).isEqualTo(500 - failed);

        Map<String, String> storedDataBySequenceNumber = new HashMap<>();
        readStream(kinesis, "orders").values().stream().flatMap(List::stream)
                .forEach(record -> storedDataBySequenceNumber.put(record.sequenceNumber(), text(record)));
        for (int i = 0; i < 500; i++) {
            PutRecordsResultEntry result = results.get(i);
            String data = "record " + i;
            if (result.errorCode() != null) {
                assertThat(result.errorCode()).isEqualTo("ProvisionedThroughputExceededException");
                assertThat(result.errorMessage()).matches(
                        "Rate exceeded for shard shardId-\\d{12} in stream orders under account 123456789012\\.");
                assertThat(result.sequenceNumber()).isNull();
                assertThat(result.shardId()).isNull();
                assertThat(storedDataBySequenceNumber).as("throttled entry %d is not stored", i).doesNotContainValue(data);
            } else {
                assertThat(storedDataBySequenceNumber).as("result %d is the entry at its place in the request")
                        .containsEntry(result.sequenceNumber(), data);
            }
        }
    }

    @Test
    void putRecordThrowsWhenThrottledAndStoresNothing() {
        kinesis.throttlePuts(1.0, new Random(1));

        ProvisionedThroughputExceededException error = expectError(ProvisionedThroughputExceededException.class,
                "ProvisionedThroughputExceededException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x"))));

        assertThat(error.isThrottlingException()).as("the SDK's retry policy sees a throttle").isTrue();
        assertThat(error.awsErrorDetails().errorMessage()).startsWith("Rate exceeded for shard shardId-");
        assertThat(storedCount(kinesis, "orders")).isZero();
    }

    @Test
    void throttlingWithShareZeroTurnsItOff() {
        kinesis.throttlePuts(1.0, new Random(1));
        kinesis.throttlePuts(0, null);

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));
        PutRecordsResponse batch = kinesis.putRecords(b -> b.streamName("orders").records(
                PutRecordsRequestEntry.builder().partitionKey("k").data(bytes("y")).build()));

        assertThat(batch.failedRecordCount()).isZero();
        assertThat(readStream(kinesis, "orders").values().stream().flatMap(List::stream).map(Record::partitionKey))
                .hasSize(2);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> kinesis.throttlePuts(1.5, new Random())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kinesis.throttlePuts(-0.1, new Random())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kinesis.throttlePuts(0.5, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
