package workshop.localcloud.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sns.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sns.model.BatchRequestTooLongException;
import software.amazon.awssdk.services.sns.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sns.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sns.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.InvalidParameterValueException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchResultEntry;
import software.amazon.awssdk.services.sns.model.TooManyEntriesInBatchRequestException;
import workshop.localcloud.sqs.LocalSqs;
import workshop.localcloud.MutableClock;

class LocalSnsPublishTest {

    private static final int MAX_SIZE = 262_144;
    private static final String UNKNOWN_TOPIC = "arn:aws:sns:eu-west-1:123456789012:nope";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-02T10:00:00Z"));
    private final LocalSns sns = new LocalSns("eu-west-1", "123456789012", clock,
            new LocalSqs("eu-west-1", "123456789012", clock));
    private final List<SNSEvent> delivered = new CopyOnWriteArrayList<>();
    private String topicArn;

    @BeforeEach
    void createTopicWithSubscriber() {
        topicArn = sns.createTopic(topic -> topic.name("words")).topicArn();
        sns.subscribeFunction(topicArn, "counter", delivered::add);
    }

    // ---------------------------------------------------------------- Publish

    @Test
    void aMessageOfExactly256KiBIsAcceptedOneByteMoreIsNot() {
        assertThatCode(() -> publish("x".repeat(MAX_SIZE))).doesNotThrowAnyException();

        assertThatThrownBy(() -> publish("x".repeat(MAX_SIZE + 1)))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(error -> assertAwsError(error, 400, "InvalidParameter"));
        assertThat(delivered).hasSize(1);
    }

    @Test
    void theSizeLimitCountsBytesAndAttributes() {
        // 4-byte characters: far fewer than 262144 characters, but more bytes.
        assertThatThrownBy(() -> publish("\uD83D\uDE00".repeat(MAX_SIZE / 4 + 1)))
                .isInstanceOf(InvalidParameterException.class);
        // "k" + "String" + "v" = 8 bytes of attribute on top of a message just under the limit
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).message("x".repeat(MAX_SIZE - 7))
                .messageAttributes(Map.of("k", stringAttribute("v")))))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(delivered).isEmpty();
    }

    @Test
    void anEmptyMessageIsRefused() {
        assertThatThrownBy(() -> publish(""))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Empty message");
        assertThat(delivered).isEmpty();
    }

    @Test
    void publishingToAnUnknownTopicIsNotFound() {
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(UNKNOWN_TOPIC).message("hello")))
                .isInstanceOf(NotFoundException.class)
                .satisfies(error -> assertAwsError(error, 404, "NotFound"));
    }

    @Test
    void malformedAttributesAndSubjectsAreRefused() {
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).message("m")
                .messageAttributes(Map.of("n", MessageAttributeValue.builder().dataType("Number").stringValue("ten").build()))))
                .isInstanceOf(InvalidParameterValueException.class)
                .satisfies(error -> assertAwsError(error, 400, "ParameterValueInvalid"));
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).message("m")
                .messageAttributes(Map.of("AWS.reserved", stringAttribute("v")))))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).message("m")
                .subject("two\nlines")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).message("m")
                .subject("s".repeat(101))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> sns.publish(publish -> publish.topicArn(topicArn).messageStructure("json")
                .message("{\"lambda\":\"no default\"}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("No default entry");
        assertThat(delivered).isEmpty();
    }

    // ---------------------------------------------------------------- PublishBatch

    @Test
    void publishBatchPublishesTheValidEntriesAndReportsTheOthers() {
        PublishBatchResponse response = sns.publishBatch(batch -> batch.topicArn(topicArn).publishBatchRequestEntries(
                entry("one", "first"),
                entry("two", ""),
                entry("three", "third")));

        assertThat(response.successful()).extracting(PublishBatchResultEntry::id).containsExactly("one", "three");
        assertThat(response.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("two");
            assertThat(failure.code()).isEqualTo("InvalidParameter");
            assertThat(failure.senderFault()).isTrue();
        });
        assertThat(delivered).extracting(event -> event.getRecords().get(0).getSNS().getMessageId())
                .containsExactlyElementsOf(response.successful().stream().map(PublishBatchResultEntry::messageId).toList());
        assertThat(delivered).extracting(event -> event.getRecords().get(0).getSNS().getMessage())
                .containsExactly("first", "third");
    }

    @Test
    void publishBatchReportsEachBadEntryWithItsOwnError() {
        PublishBatchResponse response = sns.publishBatch(batch -> batch.topicArn(topicArn).publishBatchRequestEntries(
                entry("ok", "fine"),
                PublishBatchRequestEntry.builder().id("badAttribute").message("m")
                        .messageAttributes(Map.of("n", MessageAttributeValue.builder()
                                .dataType("Number").stringValue("ten").build())).build()));

        assertThat(response.successful()).extracting(PublishBatchResultEntry::id).containsExactly("ok");
        assertThat(response.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("badAttribute", "ParameterValueInvalid"));
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(topicArn).publishBatchRequestEntries(List.of())))
                .isInstanceOf(EmptyBatchRequestException.class)
                .satisfies(error -> assertAwsError(error, 400, "EmptyBatchRequest"));
    }

    @Test
    void tenEntriesAreAllowedElevenAreNot() {
        assertThat(sns.publishBatch(batch -> batch.topicArn(topicArn).publishBatchRequestEntries(entries(10)))
                .successful()).hasSize(10);
        delivered.clear();

        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(topicArn).publishBatchRequestEntries(entries(11))))
                .isInstanceOf(TooManyEntriesInBatchRequestException.class)
                .satisfies(error -> assertAwsError(error, 400, "TooManyEntriesInBatchRequest"));
        assertThat(delivered).as("nothing of a refused batch is delivered").isEmpty();
    }

    @Test
    void entryIdsMustBeDistinctAndWellFormed() {
        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(topicArn)
                .publishBatchRequestEntries(entry("same", "one"), entry("same", "two"))))
                .isInstanceOf(BatchEntryIdsNotDistinctException.class)
                .satisfies(error -> assertAwsError(error, 400, "BatchEntryIdsNotDistinct"));
        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(topicArn)
                .publishBatchRequestEntries(entry("has space", "one"))))
                .isInstanceOf(InvalidBatchEntryIdException.class);
        assertThat(delivered).isEmpty();
    }

    @Test
    void theWholeBatchMayNotExceed256KiB() {
        String half = "x".repeat(MAX_SIZE / 2);

        assertThatCode(() -> sns.publishBatch(batch -> batch.topicArn(topicArn)
                .publishBatchRequestEntries(entry("a", half), entry("b", half))))
                .doesNotThrowAnyException();
        delivered.clear();

        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(topicArn)
                .publishBatchRequestEntries(entry("a", half), entry("b", half), entry("c", "x"))))
                .isInstanceOf(BatchRequestTooLongException.class)
                .satisfies(error -> assertAwsError(error, 400, "BatchRequestTooLong"));
        assertThat(delivered).isEmpty();
    }

    @Test
    void publishBatchToAnUnknownTopicIsNotFound() {
        assertThatThrownBy(() -> sns.publishBatch(batch -> batch.topicArn(UNKNOWN_TOPIC)
                .publishBatchRequestEntries(entry("a", "one"))))
                .isInstanceOf(NotFoundException.class);
    }

    private void publish(String message) {
        sns.publish(publish -> publish.topicArn(topicArn).message(message));
    }

    private static List<PublishBatchRequestEntry> entries(int count) {
        return IntStream.range(0, count).mapToObj(i -> entry("e" + i, "message " + i)).toList();
    }

    private static PublishBatchRequestEntry entry(String id, String message) {
        return PublishBatchRequestEntry.builder().id(id).message(message).build();
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    static void assertAwsError(Throwable error, int status, String errorCode) {
        AwsServiceException awsError = (AwsServiceException) error;
        assertThat(awsError.statusCode()).isEqualTo(status);
        assertThat(awsError.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        assertThat(awsError.awsErrorDetails().serviceName()).isEqualTo("SNS");
        assertThat(awsError.awsErrorDetails().errorMessage()).isNotBlank();
    }
}
