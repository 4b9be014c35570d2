package workshop.localcloud.sqs;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.sqs.LocalSqsQueuesTest.errorCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.core.interceptor.SdkInternalExecutionAttribute;
import software.amazon.awssdk.services.sqs.internal.MessageMD5ChecksumInterceptor;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.utils.AttributeMap;

class LocalSqsMessagesTest {

    private static final Instant START = Instant.parse("2024-05-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final LocalSqs sqs = new LocalSqs("eu-west-1", "123456789012", clock);
    private String url;

    @BeforeEach
    void createQueue() {
        url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();
    }

    @Test
    void aReceivedMessageIsInvisibleUntilItsVisibilityTimeoutPasses() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));

        Message first = receiveOne(20);
        assertThat(receive()).isEmpty();

        clock.advance(Duration.ofSeconds(19));
        assertThat(receive()).as("still within the 20 s visibility timeout").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        Message second = receiveOne(20);
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(second.body()).isEqualTo("order 1");
        assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(second.attributes()).containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2");
    }

    @Test
    void theQueueDefaultVisibilityTimeoutIsThirtySeconds() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        sqs.receiveMessage(receive -> receive.queueUrl(url));

        clock.advance(Duration.ofSeconds(29));
        assertThat(receive()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(receive()).hasSize(1);
    }

    @Test
    void aDeletedMessageIsNeverReceivedAgain() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        Message received = receiveOne(5);

        sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(received.receiptHandle()));

        clock.advance(Duration.ofMinutes(10));
        assertThat(receive()).isEmpty();
        assertThat(sqs.queues().get(0).visibleMessages() + sqs.queues().get(0).inFlightMessages()).isZero();
    }

    @Test
    void onlyTheLatestReceiptHandleDeletesTheMessage() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        Message firstReceipt = receiveOne(5);
        clock.advance(Duration.ofSeconds(5));
        Message secondReceipt = receiveOne(5);

        // As the DeleteMessage reference says: an older handle succeeds, but does not delete.
        sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(firstReceipt.receiptHandle()));
        clock.advance(Duration.ofSeconds(5));
        assertThat(receive()).extracting(Message::messageId).containsExactly(firstReceipt.messageId());

        assertThatCode(() -> sqs.deleteMessage(delete -> delete.queueUrl(url)
                .receiptHandle(secondReceipt.receiptHandle())))
                .as("deleting again with an old handle of a message received since")
                .doesNotThrowAnyException();
    }

    @Test
    void aReceiptHandleSqsNeverIssuedIsInvalid() {
        assertThatThrownBy(() -> sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle("made-up")))
                .isInstanceOf(ReceiptHandleIsInvalidException.class);
    }

    @Test
    void changeMessageVisibilityCountsFromNow() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        Message received = receiveOne(30);
        clock.advance(Duration.ofSeconds(10));

        sqs.changeMessageVisibility(change -> change.queueUrl(url)
                .receiptHandle(received.receiptHandle()).visibilityTimeout(60));

        clock.advance(Duration.ofSeconds(59));
        assertThat(receive()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(receive()).hasSize(1);
    }

    @Test
    void changeMessageVisibilityToZeroReleasesTheMessageAtOnce() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        Message received = receiveOne(30);

        sqs.changeMessageVisibility(change -> change.queueUrl(url)
                .receiptHandle(received.receiptHandle()).visibilityTimeout(0));

        assertThat(receive()).hasSize(1);
    }

    @Test
    void changeMessageVisibilityNeedsAMessageInFlight() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        Message received = receiveOne(30);
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> sqs.changeMessageVisibility(change -> change.queueUrl(url)
                .receiptHandle(received.receiptHandle()).visibilityTimeout(10)))
                .isInstanceOf(MessageNotInflightException.class);
    }

    @Test
    void reportsTheRequestedSystemAttributes() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1"));
        clock.advance(Duration.ofSeconds(3));

        Message received = sqs.receiveMessage(receive -> receive.queueUrl(url).visibilityTimeout(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);
        Message withoutAttributes = sqs.receiveMessage(receive -> receive.queueUrl(url)).messages().get(0);

        assertThat(received.attributes())
                .containsEntry(MessageSystemAttributeName.SENT_TIMESTAMP, String.valueOf(START.toEpochMilli()))
                .containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")
                .containsEntry(MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP,
                        String.valueOf(START.plusSeconds(3).toEpochMilli()))
                .containsEntry(MessageSystemAttributeName.SENDER_ID, "123456789012");
        assertThat(withoutAttributes.attributes()).isEmpty();
    }

    @Test
    void returnsMessageAttributesByNameOrPrefix() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("order 1").messageAttributes(Map.of(
                "order.id", stringAttribute("42"),
                "order.kind", stringAttribute("book"),
                "trace", stringAttribute("abc"))));

        Message received = sqs.receiveMessage(receive -> receive.queueUrl(url)
                .messageAttributeNames("order.*")).messages().get(0);

        assertThat(received.messageAttributes()).containsOnlyKeys("order.id", "order.kind");
    }

    @Test
    void aDelayedMessageBecomesVisibleAfterItsDelay() {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("later").delaySeconds(10));

        assertThat(receive()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(receive()).extracting(Message::body).containsExactly("later");
    }

    @Test
    void receivesAtMostMaxNumberOfMessagesInSendOrder() {
        for (int i = 1; i <= 12; i++) {
            String body = "message " + i;
            sqs.sendMessage(message -> message.queueUrl(url).messageBody(body));
        }

        List<Message> received = sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10))
                .messages();

        assertThat(received).hasSize(10);
        assertThat(received.get(0).body()).isEqualTo("message 1");
        assertThat(sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10)).messages())
                .hasSize(2);
    }

    @Test
    void maxNumberOfMessagesMustBeBetweenOneAndTen() {
        for (int invalid : new int[] {0, 11}) {
            assertThatThrownBy(() -> sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(invalid)))
                    .isInstanceOf(SqsException.class)
                    .hasMessageContaining("MaxNumberOfMessages")
                    .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"));
        }
        assertThatThrownBy(() -> sqs.receiveMessage(receive -> receive.queueUrl(url).waitTimeSeconds(21)))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("WaitTimeSeconds");
    }

    @Test
    void refusesEmptyTooLongAndInvalidBodies() {
        assertThatThrownBy(() -> send(""))
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("MissingParameter"));
        assertThatThrownBy(() -> send("x".repeat(QueueSettings.MAX_MESSAGE_SIZE + 1)))
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"))
                .hasMessageContaining("shorter than 1048576 bytes");
        assertThatThrownBy(() -> send("bell \u0007"))
                .isInstanceOf(InvalidMessageContentsException.class);
        assertThatThrownBy(() -> send("lone surrogate \uD800"))
                .isInstanceOf(InvalidMessageContentsException.class);
        assertThat(sqs.queues().get(0).visibleMessages()).isZero();
    }

    @Test
    void theSizeLimitCountsAttributesAndIsTheQueuesMaximumMessageSize() {
        String small = sqs.createQueue(queue -> queue.queueName("small")
                .attributesWithStrings(Map.of("MaximumMessageSize", "1024"))).queueUrl();
        String body = "x".repeat(1020);

        assertThatCode(() -> sqs.sendMessage(message -> message.queueUrl(small).messageBody(body)))
                .doesNotThrowAnyException();
        // 1020 + "k" (1) + "String" (6) + "v" (1) = 1028 bytes > 1024
        assertThatThrownBy(() -> sqs.sendMessage(message -> message.queueUrl(small).messageBody(body)
                .messageAttributes(Map.of("k", stringAttribute("v")))))
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"));
        String multiByte = "é".repeat(513); // 1026 bytes in UTF-8, though only 513 characters
        assertThatThrownBy(() -> sqs.sendMessage(message -> message.queueUrl(small).messageBody(multiByte)))
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void refusesMoreThanTenMessageAttributes() {
        Map<String, MessageAttributeValue> eleven = new java.util.HashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("a" + i, stringAttribute("v"));
        }

        assertThatThrownBy(() -> sqs.sendMessage(message -> message.queueUrl(url).messageBody("x")
                .messageAttributes(eleven)))
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"));
    }

    /** The real SqsClient checks these digests on every call: the SDK's own checker must accept ours. */
    @Test
    void md5DigestsPassTheSdksOwnChecksumValidation() {
        Map<String, MessageAttributeValue> attributes = Map.of(
                "kind", stringAttribute("book"),
                "price", MessageAttributeValue.builder().dataType("Number").stringValue("12.50").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromUtf8String("\u0001\u0002")).build());
        SendMessageRequest request = SendMessageRequest.builder()
                .queueUrl(url).messageBody("order é 1").messageAttributes(attributes).build();

        SendMessageResponse sent = sqs.sendMessage(request);
        ReceiveMessageResponse received = sqs.receiveMessage(receive -> receive.queueUrl(url)
                .messageAttributeNames("All"));

        assertThat(sent.md5OfMessageBody()).isEqualTo(received.messages().get(0).md5OfBody());
        assertThatCode(() -> checkDigests(request, sent)).doesNotThrowAnyException();
        assertThatCode(() -> checkDigests(null, received)).doesNotThrowAnyException();
        SendMessageResponse tampered = sent.toBuilder().md5OfMessageAttributes("0".repeat(32)).build();
        assertThatThrownBy(() -> checkDigests(request, tampered)).as("the check is real").isNotNull();
    }

    private static void checkDigests(Object request, Object response) {
        // The interceptor is SDK-internal; it reads whether checksum validation is on from these.
        ExecutionAttributes attributes = ExecutionAttributes.builder()
                .put(SdkInternalExecutionAttribute.CLIENT_CONTEXT_PARAMS, AttributeMap.empty())
                .build();
        InterceptorContext context = InterceptorContext.builder()
                .request(request == null ? software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest.builder().build()
                                         : (software.amazon.awssdk.core.SdkRequest) request)
                .response((software.amazon.awssdk.core.SdkResponse) response)
                .build();
        new MessageMD5ChecksumInterceptor().afterExecution(context, attributes);
    }

    private void send(String body) {
        sqs.sendMessage(message -> message.queueUrl(url).messageBody(body));
    }

    private List<Message> receive() {
        return sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(10)).messages();
    }

    private Message receiveOne(int visibilityTimeout) {
        List<Message> messages = sqs.receiveMessage(receive -> receive.queueUrl(url)
                .visibilityTimeout(visibilityTimeout)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
