package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

class KinesisStreamSinkTest {

    private final KinesisClient kinesis = mock(KinesisClient.class);
    private final FakeTime time = new FakeTime();
    private final KinesisStreamSink sink = new KinesisStreamSink(kinesis, "router-stream-test", Duration.ofSeconds(10), time, time);

    private static List<OutgoingMessage> messages(int count, int bodyChars) {
        Envelope root = Envelope.root("root", "run1", FakeTime.T0);
        return IntStream.range(0, count)
                .mapToObj(index -> OutgoingMessage.of("pageBody",
                        root.child(MessageIds.child("root", "h", index), FakeTime.T0), new Body("x".repeat(bodyChars))))
                .toList();
    }

    record Body(String html) {
    }

    private static PutRecordsResponse accepted(int count) {
        return PutRecordsResponse.builder().failedRecordCount(0)
                .records(IntStream.range(0, count).mapToObj(i -> PutRecordsResultEntry.builder().sequenceNumber("s" + i).shardId("s").build()).toList())
                .build();
    }

    private List<PutRecordsRequest> requests(int calls) {
        ArgumentCaptor<PutRecordsRequest> requests = ArgumentCaptor.forClass(PutRecordsRequest.class);
        verify(kinesis, times(calls)).putRecords(requests.capture());
        return requests.getAllValues();
    }

    @Test
    void sendsAtMost500RecordsPerCallWithTheMessageIdAsPartitionKey() {
        when(kinesis.putRecords(any(PutRecordsRequest.class))).thenAnswer(call -> accepted(((PutRecordsRequest) call.getArgument(0)).records().size()));
        List<OutgoingMessage> messages = messages(1200, 10);

        sink.put(messages);

        List<PutRecordsRequest> requests = requests(3);
        assertThat(requests).extracting(request -> request.records().size()).containsExactly(500, 500, 200);
        assertThat(requests.get(0).streamName()).isEqualTo("router-stream-test");
        PutRecordsRequestEntry first = requests.get(0).records().get(0);
        assertThat(first.partitionKey()).isEqualTo(messages.get(0).envelope().messageId());
        assertThat(first.data().asByteArray()).isEqualTo(messages.get(0).data());
    }

    @Test
    void sendsAtMost5MiBPerCall() {
        when(kinesis.putRecords(any(PutRecordsRequest.class))).thenAnswer(call -> accepted(((PutRecordsRequest) call.getArgument(0)).records().size()));

        sink.put(messages(12, 1_000_000)); // about 1 MB each: 5 fit in 5 MiB

        assertThat(requests(3)).extracting(request -> request.records().size()).containsExactly(5, 5, 2);
    }

    @Test
    void theRecordsKinesisRefusedAreSentAgainAfterABackoff() {
        PutRecordsResultEntry refused = PutRecordsResultEntry.builder()
                .errorCode("ProvisionedThroughputExceededException").errorMessage("slow down").build();
        PutRecordsResultEntry ok = PutRecordsResultEntry.builder().sequenceNumber("1").shardId("s").build();
        when(kinesis.putRecords(any(PutRecordsRequest.class)))
                .thenReturn(PutRecordsResponse.builder().failedRecordCount(2).records(refused, ok, refused).build())
                .thenReturn(accepted(2));
        List<OutgoingMessage> messages = messages(3, 10);

        sink.put(messages);

        List<PutRecordsRequest> requests = requests(2);
        assertThat(requests.get(1).records()).extracting(PutRecordsRequestEntry::partitionKey)
                .containsExactly(messages.get(0).partitionKey(), messages.get(2).partitionKey());
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void aCallThrottledAsAWholeIsRetriedToo() {
        when(kinesis.putRecords(any(PutRecordsRequest.class)))
                .thenThrow(ProvisionedThroughputExceededException.builder().message("slow down").build())
                .thenReturn(accepted(2));

        sink.put(messages(2, 10));

        assertThat(requests(2).get(1).records()).hasSize(2);
    }

    @Test
    void whatIsStillRefusedAtTheDeadlineFailsThePut() {
        when(kinesis.putRecords(any(PutRecordsRequest.class)))
                .thenThrow(ProvisionedThroughputExceededException.builder().message("slow down").build());

        assertThatThrownBy(() -> sink.put(messages(2, 10)))
                .isInstanceOf(MessagesNotSentException.class)
                .hasMessageContaining("2 of 2 messages still refused");
        List<Duration> sleeps = new ArrayList<>(time.sleeps());
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anErrorThatRetryingCannotFixIsThrownAtOnce() {
        when(kinesis.putRecords(any(PutRecordsRequest.class)))
                .thenThrow(ResourceNotFoundException.builder().message("no stream").build());

        assertThatThrownBy(() -> sink.put(messages(2, 10))).isInstanceOf(KinesisException.class);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theSenderPutsARunsFirstMessageAsTheRouterReadsItAndRetriesAThrottledPut() {
        when(kinesis.putRecords(any(PutRecordsRequest.class)))
                .thenThrow(ProvisionedThroughputExceededException.builder().message("slow down").build())
                .thenAnswer(call -> accepted(1));
        KinesisMessageSender sender = new KinesisMessageSender(sink);
        Envelope root = Envelope.root("m1", "run1", FakeTime.T0);

        sender.send("pageUrl", root, new Body("<p>"));

        ArgumentCaptor<PutRecordsRequest> requests = ArgumentCaptor.forClass(PutRecordsRequest.class);
        verify(kinesis, times(2)).putRecords(requests.capture());
        PutRecordsRequestEntry entry = requests.getValue().records().get(0);
        assertThat(entry.partitionKey()).isEqualTo("m1");
        RoutedMessage decoded = MessageCodec.decode(entry.data().asByteArray());
        assertThat(decoded.envelope()).isEqualTo(root);
        assertThat(decoded.messageType()).isEqualTo("pageUrl");
        assertThat(time.sleeps()).hasSize(1);
    }
}
