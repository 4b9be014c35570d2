package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.movies.ErrorTable;

class RouterFunctionTest {

    record Ping(String text) {
    }

    private final FakeTime time = new FakeTime();
    private final InMemoryRouterRuntime runtime = new InMemoryRouterRuntime(time);
    private final List<String> handled = new ArrayList<>();
    private final RouterFunction function = new RouterFunction(
            new MessageRouter(runtime, new TestStream(), mock(ErrorTable.class), time)
                    .on("ping", Ping.class, (body, context) -> {
                        if (body.text().equals("boom")) {
                            throw new IllegalStateException("boom");
                        }
                        handled.add(body.text());
                    }));

    private static KinesisEventRecord record(String sequenceNumber, String messageId, String text) {
        KinesisEvent.Record kinesis = new KinesisEvent.Record();
        kinesis.setSequenceNumber(sequenceNumber);
        kinesis.setPartitionKey(messageId);
        kinesis.setData(ByteBuffer.wrap(MessageCodec.encode("ping", Envelope.root(messageId, "run1", FakeTime.T0), new Ping(text))));
        KinesisEventRecord record = new KinesisEventRecord();
        record.setEventID("shardId-000000000000:" + sequenceNumber);
        record.setKinesis(kinesis);
        return record;
    }

    private static KinesisEvent event(KinesisEventRecord... records) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(List.of(records));
        return event;
    }

    @Test
    void aBatchDoneWholeAnswersWithNoFailure() {
        runtime.startRun("run1", 10);

        StreamsEventResponse response = function.handle(event(record("1", "m1", "a"), record("2", "m2", "b")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handled).containsExactly("a", "b");
    }

    @Test
    void aBatchThatStoppedNamesTheFirstRecordNotDone() {
        runtime.startRun("run1", 10);
        KinesisEventRecord first = record("1", "m1", "a");
        ByteBuffer data = first.getKinesis().getData();

        StreamsEventResponse response = function.handle(event(first, record("2", "m2", "boom"), record("3", "m3", "c")), null);

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("2");
        assertThat(handled).containsExactly("a");
        assertThat(data.position()).isZero(); // the event's buffer is read from a copy
    }

    @Test
    void theRecordsKeepTheirShardAndSequenceNumber() {
        List<StreamRecord> records = RouterFunction.records(List.of(record("42", "m1", "a")));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.shardId()).isEqualTo("shardId-000000000000");
            assertThat(record.sequenceNumber()).isEqualTo("42");
            assertThat(record.partitionKey()).isEqualTo("m1");
            assertThat(MessageCodec.decode(record.data()).envelope().messageId()).isEqualTo("m1");
        });
    }
}
