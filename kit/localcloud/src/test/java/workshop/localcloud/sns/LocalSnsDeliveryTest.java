package workshop.localcloud.sns;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import workshop.localcloud.sqs.LocalSqs;
import workshop.localcloud.MutableClock;

class LocalSnsDeliveryTest {

    private static final Instant NOW = Instant.parse("2024-05-02T10:15:30.123Z");
    private static final String QUEUE_ARN = "arn:aws:sqs:eu-west-1:123456789012:audit";

    private final MutableClock clock = new MutableClock(NOW);
    private final LocalSqs sqs = new LocalSqs("eu-west-1", "123456789012", clock);
    private final LocalSns sns = new LocalSns("eu-west-1", "123456789012", clock, sqs);
    private String topicArn;
    private String queueUrl;

    @BeforeEach
    void createTopicAndQueue() {
        topicArn = sns.createTopic(topic -> topic.name("words")).topicArn();
        queueUrl = sqs.createQueue(queue -> queue.queueName("audit")).queueUrl();
    }

    @Test
    void everySubscriberGetsEachMessageExactlyOnce() {
        List<SNSEvent> counter = new CopyOnWriteArrayList<>();
        List<SNSEvent> indexer = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "counter", counter::add);
        sns.subscribeFunction(topicArn, "indexer", indexer::add);
        subscribeQueue(false);

        String first = publish("hello");
        String second = publish("world");

        assertThat(messageIdsOf(counter)).containsExactly(first, second);
        assertThat(messageIdsOf(indexer)).containsExactly(first, second);
        assertThat(receiveFromQueue()).extracting(body -> envelope(body).get("MessageId").getAsString())
                .containsExactly(first, second);
        assertThat(sns.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.publishedMessages()).isEqualTo(2);
            assertThat(topic.subscriptions()).extracting(SubscriptionView::deliveries).containsOnly(2L);
        });
    }

    @Test
    void aFailingSubscriberDoesNotKeepTheMessageFromTheOthers() {
        List<SNSEvent> afterTheFailure = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "broken", event -> {
            throw new IllegalStateException("handler bug");
        });
        sns.subscribeFunction(topicArn, "healthy", afterTheFailure::add);
        subscribeQueue(true);

        String messageId = publish("hello");

        assertThat(messageIdsOf(afterTheFailure)).containsExactly(messageId);
        assertThat(receiveFromQueue()).containsExactly("hello");
        assertThat(sns.topics().get(0).subscriptions())
                .extracting(SubscriptionView::endpoint, SubscriptionView::failedDeliveries)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("broken", 1L),
                        org.assertj.core.groups.Tuple.tuple("healthy", 0L),
                        org.assertj.core.groups.Tuple.tuple(QUEUE_ARN, 0L));
    }

    @Test
    void aMissingQueueFailsOnlyItsOwnSubscription() {
        List<SNSEvent> function = new CopyOnWriteArrayList<>();
        sns.subscribe(subscribe -> subscribe.topicArn(topicArn).protocol("sqs")
                .endpoint("arn:aws:sqs:eu-west-1:123456789012:deleted"));
        sns.subscribeFunction(topicArn, "fn", function::add);

        publish("hello");

        assertThat(function).hasSize(1);
        assertThat(sns.topics().get(0).subscriptions().get(0).failedDeliveries()).isEqualTo(1);
    }

    @Test
    void theLambdaEventHasEveryFieldOfARealSnsEvent() {
        List<SNSEvent> events = new CopyOnWriteArrayList<>();
        String subscriptionArn = sns.subscribeFunction(topicArn, "counter", events::add);

        String messageId = sns.publish(publish -> publish.topicArn(topicArn)
                .message("hello")
                .subject("Greeting")
                .messageAttributes(Map.of(
                        "lang", MessageAttributeValue.builder().dataType("String").stringValue("en").build(),
                        "blob", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("hi")).build()))).messageId();

        assertThat(subscriptionArn).matches("arn:aws:sns:eu-west-1:123456789012:words:[0-9a-f-]{36}");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getRecords()).singleElement().satisfies(record -> {
            assertThat(record.getEventSource()).isEqualTo("aws:sns");
            assertThat(record.getEventVersion()).isEqualTo("1.0");
            assertThat(record.getEventSubscriptionArn()).isEqualTo(subscriptionArn);
            SNSEvent.SNS sns = record.getSNS();
            assertThat(sns.getType()).isEqualTo("Notification");
            assertThat(sns.getMessageId()).isEqualTo(messageId).matches("[0-9a-f-]{36}");
            assertThat(sns.getTopicArn()).isEqualTo(topicArn);
            assertThat(sns.getSubject()).isEqualTo("Greeting");
            assertThat(sns.getMessage()).isEqualTo("hello");
            assertThat(sns.getTimestamp().getMillis()).isEqualTo(NOW.toEpochMilli());
            assertThat(sns.getTimestamp().getZone().getID()).isEqualTo("UTC");
            assertThat(sns.getSignatureVersion()).isEqualTo("1");
            assertThat(sns.getSignature()).isNotBlank().isBase64();
            assertThat(sns.getSigningCertUrl()).startsWith("https://sns.eu-west-1.amazonaws.com/").endsWith(".pem");
            assertThat(sns.getUnsubscribeUrl()).isEqualTo("https://sns.eu-west-1.amazonaws.com/"
                    + "?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn);
            assertThat(sns.getMessageAttributes()).containsOnlyKeys("lang", "blob");
            assertThat(sns.getMessageAttributes().get("lang").getType()).isEqualTo("String");
            assertThat(sns.getMessageAttributes().get("lang").getValue()).isEqualTo("en");
            assertThat(sns.getMessageAttributes().get("blob").getType()).isEqualTo("Binary");
            assertThat(sns.getMessageAttributes().get("blob").getValue()).isEqualTo("aGk="); // Base64 of "hi"
        });
    }

    @Test
    void withoutSubjectOrAttributesTheEventHasANullSubjectAndNoAttributes() {
        List<SNSEvent> events = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "counter", events::add);

        publish("hello");

        SNSEvent.SNS sns = events.get(0).getRecords().get(0).getSNS();
        assertThat(sns.getSubject()).isNull();
        assertThat(sns.getMessageAttributes()).isEmpty();
    }

    @Test
    void aQueueGetsTheJsonEnvelopeByDefault() {
        String subscriptionArn = subscribeQueue(false);

        String messageId = sns.publish(publish -> publish.topicArn(topicArn).message("<hello & goodbye>")
                .subject("Greeting")
                .messageAttributes(Map.of("lang",
                        MessageAttributeValue.builder().dataType("String").stringValue("en").build()))).messageId();

        JsonObject envelope = envelope(receiveFromQueue().get(0));
        assertThat(envelope.keySet()).containsExactly("Type", "MessageId", "TopicArn", "Subject", "Message",
                "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes");
        assertThat(envelope.get("Type").getAsString()).isEqualTo("Notification");
        assertThat(envelope.get("MessageId").getAsString()).isEqualTo(messageId);
        assertThat(envelope.get("TopicArn").getAsString()).isEqualTo(topicArn);
        assertThat(envelope.get("Subject").getAsString()).isEqualTo("Greeting");
        assertThat(envelope.get("Message").getAsString()).isEqualTo("<hello & goodbye>");
        assertThat(envelope.get("Timestamp").getAsString()).isEqualTo("2024-05-02T10:15:30.123Z");
        assertThat(envelope.get("SignatureVersion").getAsString()).isEqualTo("1");
        assertThat(envelope.get("UnsubscribeURL").getAsString()).endsWith("SubscriptionArn=" + subscriptionArn);
        JsonObject lang = envelope.getAsJsonObject("MessageAttributes").getAsJsonObject("lang");
        assertThat(lang.get("Type").getAsString()).isEqualTo("String");
        assertThat(lang.get("Value").getAsString()).isEqualTo("en");
    }

    @Test
    void theEnvelopeLeavesOutSubjectAndAttributesWhenThereAreNone() {
        subscribeQueue(false);

        publish("hello");

        assertThat(envelope(receiveFromQueue().get(0)).keySet()).doesNotContain("Subject", "MessageAttributes");
    }

    @Test
    void rawMessageDeliveryPutsTheMessageItselfInTheQueue() {
        subscribeQueue(true);

        sns.publish(publish -> publish.topicArn(topicArn).message("{\"word\":\"hello\"}")
                .messageAttributes(Map.of("lang",
                        MessageAttributeValue.builder().dataType("String").stringValue("en").build())));

        Message received = sqs.receiveMessage(receive -> receive.queueUrl(queueUrl).messageAttributeNames("All"))
                .messages().get(0);
        assertThat(received.body()).isEqualTo("{\"word\":\"hello\"}");
        assertThat(received.messageAttributes().get("lang").stringValue()).isEqualTo("en");
        assertThat(received.messageAttributes().get("lang").dataType()).isEqualTo("String");
    }

    @Test
    void withRedeliveryOfEveryMessageEachSubscriberGetsEachMessageExactlyTwice() {
        List<SNSEvent> function = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "counter", function::add);
        subscribeQueue(true);
        sns.redeliver(1.0, new Random(7));

        String first = publish("hello");
        String second = publish("world");

        assertThat(messageIdsOf(function)).containsExactly(first, first, second, second);
        assertThat(function.get(0).getRecords().get(0).getSNS().getMessage())
                .isEqualTo(function.get(1).getRecords().get(0).getSNS().getMessage());
        assertThat(receiveFromQueue()).containsExactly("hello", "hello", "world", "world");

        sns.redeliver(0.0, null);
        String third = publish("again");
        assertThat(messageIdsOf(function)).endsWith(second, third).containsOnlyOnce(third);
    }

    @Test
    void redeliveryOfAShareDuplicatesRoughlyThatShare() {
        List<SNSEvent> function = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "counter", function::add);
        sns.redeliver(0.25, new Random(42));

        for (int i = 0; i < 400; i++) {
            publish("message " + i);
        }

        assertThat(function.size() - 400).as("redelivered copies").isBetween(60, 140);
    }

    @Test
    void messageStructureJsonSendsEachProtocolItsOwnText() {
        List<SNSEvent> function = new CopyOnWriteArrayList<>();
        sns.subscribeFunction(topicArn, "counter", function::add);
        subscribeQueue(true);

        sns.publish(publish -> publish.topicArn(topicArn).messageStructure("json")
                .message("{\"default\":\"for everyone\",\"lambda\":\"for functions\"}"));

        assertThat(function.get(0).getRecords().get(0).getSNS().getMessage()).isEqualTo("for functions");
        assertThat(receiveFromQueue()).containsExactly("for everyone");
    }

    @Test
    void anUnsubscribedFunctionGetsNothingMore() {
        List<SNSEvent> function = new CopyOnWriteArrayList<>();
        String subscriptionArn = sns.subscribeFunction(topicArn, "counter", function::add);
        publish("before");

        sns.unsubscribe(unsubscribe -> unsubscribe.subscriptionArn(subscriptionArn));
        publish("after");

        assertThat(function).hasSize(1);
    }

    private String subscribeQueue(boolean raw) {
        return sns.subscribe(subscribe -> subscribe.topicArn(topicArn).protocol("sqs").endpoint(QUEUE_ARN)
                .attributes(Map.of("RawMessageDelivery", String.valueOf(raw)))).subscriptionArn();
    }

    private String publish(String message) {
        return sns.publish(publish -> publish.topicArn(topicArn).message(message)).messageId();
    }

    private List<String> receiveFromQueue() {
        return sqs.receiveMessage(receive -> receive.queueUrl(queueUrl).maxNumberOfMessages(10)).messages().stream()
                .map(Message::body)
                .toList();
    }

    private static JsonObject envelope(String body) {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    private static List<String> messageIdsOf(List<SNSEvent> events) {
        return events.stream()
                .flatMap(event -> event.getRecords().stream())
                .map(record -> record.getSNS().getMessageId())
                .toList();
    }
}
