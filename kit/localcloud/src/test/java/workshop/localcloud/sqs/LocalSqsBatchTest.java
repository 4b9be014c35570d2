package workshop.localcloud.sqs;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.BatchRequestTooLongException;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

class LocalSqsBatchTest {

    private final LocalSqs sqs = new LocalSqs("eu-west-1", "123456789012",
            new MutableClock(Instant.parse("2024-05-02T10:00:00Z")));
    private String url;

    @BeforeEach
    void createQueue() {
        url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();
    }

    @Test
    void sendsTheValidEntriesAndReportsTheInvalidOnes() {
        SendMessageBatchResponse response = sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(
                entry("a", "first"),
                entry("b", ""),
                entry("c", "bell \u0007"),
                entry("d", "fourth")));

        assertThat(response.successful()).extracting(result -> result.id()).containsExactly("a", "d");
        assertThat(response.successful()).allSatisfy(result -> assertThat(result.messageId()).isNotBlank());
        assertThat(response.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code,
                        BatchResultErrorEntry::senderFault)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b", "MissingParameter", true),
                        org.assertj.core.groups.Tuple.tuple("c", "InvalidMessageContents", true));
        assertThat(receiveAll()).extracting(Message::body).containsExactly("first", "fourth");
    }

    @Test
    void refusesTheWholeBatchWhenItBreaksARequestLimit() {
        assertThatThrownBy(() -> sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(List.of())))
                .isInstanceOf(EmptyBatchRequestException.class);
        assertThatThrownBy(() -> sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(entries(11))))
                .isInstanceOf(TooManyEntriesInBatchRequestException.class);
        assertThatThrownBy(() -> sqs.sendMessageBatch(batch -> batch.queueUrl(url)
                .entries(entry("same", "one"), entry("same", "two"))))
                .isInstanceOf(BatchEntryIdsNotDistinctException.class);
        assertThatThrownBy(() -> sqs.sendMessageBatch(batch -> batch.queueUrl(url)
                .entries(entry("not valid!", "one"))))
                .isInstanceOf(InvalidBatchEntryIdException.class);
        String halfMiB = "x".repeat(QueueSettings.MAX_MESSAGE_SIZE / 2);
        assertThatThrownBy(() -> sqs.sendMessageBatch(batch -> batch.queueUrl(url)
                .entries(entry("a", halfMiB), entry("b", halfMiB), entry("c", "x"))))
                .isInstanceOf(BatchRequestTooLongException.class);

        assertThat(receiveAll()).as("nothing of a refused batch is sent").isEmpty();
    }

    @Test
    void tenEntriesAreAllowed() {
        SendMessageBatchResponse response = sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(entries(10)));

        assertThat(response.successful()).hasSize(10);
        assertThat(response.failed()).isEmpty();
    }

    @Test
    void deleteMessageBatchReportsAnInvalidReceiptHandlePerEntry() {
        sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(entries(2)));
        List<Message> received = receiveAll();

        DeleteMessageBatchResponse response = sqs.deleteMessageBatch(batch -> batch.queueUrl(url).entries(
                DeleteMessageBatchRequestEntry.builder().id("first").receiptHandle(received.get(0).receiptHandle()).build(),
                DeleteMessageBatchRequestEntry.builder().id("bogus").receiptHandle("not-a-handle").build(),
                DeleteMessageBatchRequestEntry.builder().id("second").receiptHandle(received.get(1).receiptHandle()).build()));

        assertThat(response.successful()).extracting(result -> result.id()).containsExactly("first", "second");
        assertThat(response.failed()).singleElement()
                .satisfies(failure -> {
                    assertThat(failure.id()).isEqualTo("bogus");
                    assertThat(failure.code()).isEqualTo("ReceiptHandleIsInvalid");
                });
        assertThat(sqs.queues().get(0).inFlightMessages()).isZero();
    }

    @Test
    void deleteMessageBatchHasTheSameRequestLimits() {
        assertThatThrownBy(() -> sqs.deleteMessageBatch(batch -> batch.queueUrl(url).entries(List.of())))
                .isInstanceOf(EmptyBatchRequestException.class);
        List<DeleteMessageBatchRequestEntry> eleven = IntStream.range(0, 11)
                .mapToObj(i -> DeleteMessageBatchRequestEntry.builder().id("e" + i).receiptHandle("h").build())
                .toList();
        assertThatThrownBy(() -> sqs.deleteMessageBatch(batch -> batch.queueUrl(url).entries(eleven)))
                .isInstanceOf(TooManyEntriesInBatchRequestException.class);
    }

    private List<Message> receiveAll() {
        return sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10)).messages();
    }

    private static List<SendMessageBatchRequestEntry> entries(int count) {
        return IntStream.range(0, count).mapToObj(i -> entry("e" + i, "message " + i)).toList();
    }

    private static SendMessageBatchRequestEntry entry(String id, String body) {
        return SendMessageBatchRequestEntry.builder().id(id).messageBody(body).build();
    }
}
