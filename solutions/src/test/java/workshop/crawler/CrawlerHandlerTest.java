package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import workshop.router.BatchOutcome;
import workshop.router.MessageRouter;
import workshop.router.StreamRecord;
import workshop.testing.RecordingContexts;

/** The Lambda side of the crawler function; the router itself is a mock here (it has tests of its own). */
class CrawlerHandlerTest {

    private final MessageRouter router = mock(MessageRouter.class);
    private final CrawlerHandler handler = new CrawlerHandler(router);
    private final List<String> log = RecordingContexts.newLog();

    @Test
    void givesTheRouterEveryRecordOfTheBatchInOrder() {
        when(router.process(anyList())).thenReturn(new BatchOutcome(2, 0, 0, Optional.empty()));

        StreamsEventResponse response = handler.handleRequest(event(record("100", "key-1", "{\"a\":1}"), record("101", "key-2", "{}")),
                RecordingContexts.recording(log));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<StreamRecord>> records = ArgumentCaptor.forClass(List.class);
        verify(router).process(records.capture());
        assertThat(records.getValue()).extracting(StreamRecord::shardId, StreamRecord::sequenceNumber, StreamRecord::partitionKey)
                .containsExactly(
                        tuple("shardId-000000000000", "100", "key-1"),
                        tuple("shardId-000000000000", "101", "key-2"));
        assertThat(new String(records.getValue().get(0).data(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(log).singleElement().asString().startsWith("2 records: 2 handled");
    }

    @Test
    void asksLambdaToRetryFromTheFirstRecordNotDone() {
        when(router.process(anyList())).thenReturn(new BatchOutcome(1, 0, 0, Optional.of("101")));

        StreamsEventResponse response = handler.handleRequest(event(record("100", "k", "{}"), record("101", "k", "{}")),
                RecordingContexts.recording(log));

        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier).containsExactly("101");
        assertThat(log).singleElement().asString().contains("retries from sequence number 101");
    }

    @Test
    void anEventWithoutRecordsIsAnEmptyBatch() {
        when(router.process(anyList())).thenReturn(new BatchOutcome(0, 0, 0, Optional.empty()));

        StreamsEventResponse response = handler.handleRequest(new KinesisEvent(), RecordingContexts.recording(log));

        verify(router).process(List.of());
        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    private static KinesisEvent event(KinesisEventRecord... records) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(List.of(records));
        return event;
    }

    private static KinesisEventRecord record(String sequenceNumber, String partitionKey, String data) {
        KinesisEvent.Record kinesis = new KinesisEvent.Record();
        kinesis.setSequenceNumber(sequenceNumber);
        kinesis.setPartitionKey(partitionKey);
        kinesis.setData(ByteBuffer.wrap(data.getBytes(StandardCharsets.UTF_8)));
        KinesisEventRecord record = new KinesisEventRecord();
        record.setEventID("shardId-000000000000:" + sequenceNumber);
        record.setKinesis(kinesis);
        return record;
    }
}
