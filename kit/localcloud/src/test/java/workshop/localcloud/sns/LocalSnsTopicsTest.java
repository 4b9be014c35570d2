package workshop.localcloud.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.sns.LocalSnsPublishTest.assertAwsError;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;
import workshop.localcloud.sqs.LocalSqs;
import workshop.localcloud.MutableClock;

class LocalSnsTopicsTest {

    private static final String UNKNOWN_TOPIC = "arn:aws:sns:eu-west-1:123456789012:nope";
    private static final String QUEUE_ARN = "arn:aws:sqs:eu-west-1:123456789012:audit";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-02T10:00:00Z"));
    private final LocalSns sns = new LocalSns("eu-west-1", "123456789012", clock,
            new LocalSqs("eu-west-1", "123456789012", clock));

    @Test
    void createTopicReturnsTheArnAndIsIdempotent() {
        String arn = sns.createTopic(topic -> topic.name("words")).topicArn();

        assertThat(arn).isEqualTo("arn:aws:sns:eu-west-1:123456789012:words");
        assertThat(sns.createTopic(topic -> topic.name("words")).topicArn()).isEqualTo(arn);
        assertThat(sns.listTopics().topics()).extracting(Topic::topicArn).containsExactly(arn);
    }

    @Test
    void createTopicRefusesInvalidNamesFifoTopicsAndDifferentAttributes() {
        assertThatThrownBy(() -> sns.createTopic(topic -> topic.name("has space")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> sns.createTopic(topic -> topic.name("orders.fifo")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("FIFO");
        sns.createTopic(topic -> topic.name("words").attributes(Map.of("DisplayName", "Words")));
        assertThatThrownBy(() -> sns.createTopic(topic -> topic.name("words").attributes(Map.of("DisplayName", "Other"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void getTopicAttributesCountsSubscriptions() {
        String arn = sns.createTopic(topic -> topic.name("words").attributes(Map.of("DisplayName", "Words"))).topicArn();
        sns.subscribeFunction(arn, "counter", event -> { });

        Map<String, String> attributes = sns.getTopicAttributes(request -> request.topicArn(arn)).attributes();

        assertThat(attributes)
                .containsEntry("TopicArn", arn)
                .containsEntry("Owner", "123456789012")
                .containsEntry("DisplayName", "Words")
                .containsEntry("SubscriptionsConfirmed", "1");
    }

    @Test
    void deleteTopicRemovesItsSubscriptionsAndToleratesUnknownTopics() {
        String arn = sns.createTopic(topic -> topic.name("words")).topicArn();
        sns.subscribeFunction(arn, "counter", event -> { });

        sns.deleteTopic(request -> request.topicArn(arn));

        assertThat(sns.listTopics().topics()).isEmpty();
        assertThat(sns.listSubscriptions().subscriptions()).isEmpty();
        assertThatCode(() -> sns.deleteTopic(request -> request.topicArn(UNKNOWN_TOPIC))).doesNotThrowAnyException();
    }

    @Test
    void listsTopicsInPagesOfOneHundred() {
        IntStream.range(0, 150).forEach(i -> sns.createTopic(topic -> topic.name("topic-" + i)));

        ListTopicsResponse first = sns.listTopics();
        ListTopicsResponse second = sns.listTopics(request -> request.nextToken(first.nextToken()));

        assertThat(first.topics()).hasSize(100);
        assertThat(second.topics()).hasSize(50);
        assertThat(second.nextToken()).isNull();
        assertThat(sns.listTopicsPaginator().topics()).hasSize(150);
    }

    @Test
    void listsSubscriptionsOfAllTopicsAndOfOne() {
        String words = sns.createTopic(topic -> topic.name("words")).topicArn();
        String pages = sns.createTopic(topic -> topic.name("pages")).topicArn();
        String functionSubscription = sns.subscribeFunction(words, "counter", event -> { });
        String queueSubscription = sns.subscribe(subscribe -> subscribe.topicArn(pages).protocol("sqs")
                .endpoint(QUEUE_ARN)).subscriptionArn();

        assertThat(sns.listSubscriptions().subscriptions())
                .extracting(Subscription::subscriptionArn, Subscription::protocol, Subscription::endpoint,
                        Subscription::topicArn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(functionSubscription, "lambda", "counter", words),
                        org.assertj.core.groups.Tuple.tuple(queueSubscription, "sqs", QUEUE_ARN, pages));
        assertThat(sns.listSubscriptionsByTopic(request -> request.topicArn(pages)).subscriptions())
                .extracting(Subscription::subscriptionArn).containsExactly(queueSubscription);
    }

    @Test
    void subscribingTheSameEndpointAgainReturnsTheSameSubscription() {
        String arn = sns.createTopic(topic -> topic.name("words")).topicArn();

        String first = sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("sqs").endpoint(QUEUE_ARN))
                .subscriptionArn();
        String second = sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("sqs").endpoint(QUEUE_ARN))
                .subscriptionArn();

        assertThat(second).isEqualTo(first).startsWith(arn + ":");
        assertThat(sns.listSubscriptions().subscriptions()).hasSize(1);
    }

    @Test
    void subscribeRefusesWhatTheLocalCloudDoesNotImplement() {
        String arn = sns.createTopic(topic -> topic.name("words")).topicArn();

        assertThatThrownBy(() -> sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("email")
                .endpoint("someone@example.com")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("lambda")
                .endpoint("arn:aws:lambda:eu-west-1:123456789012:function:counter")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("serverless.yml");
        assertThatThrownBy(() -> sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("sqs")
                .endpoint(QUEUE_ARN).attributes(Map.of("FilterPolicy", "{}"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("FilterPolicy");
        assertThatThrownBy(() -> sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("sqs")
                .endpoint("not-an-arn")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(sns.listSubscriptions().subscriptions()).isEmpty();
    }

    @Test
    void operationsOnAnUnknownTopicOrSubscriptionAreNotFound() {
        assertThatThrownBy(() -> sns.getTopicAttributes(request -> request.topicArn(UNKNOWN_TOPIC)))
                .isInstanceOf(NotFoundException.class)
                .satisfies(error -> assertAwsError(error, 404, "NotFound"));
        assertThatThrownBy(() -> sns.subscribe(subscribe -> subscribe.topicArn(UNKNOWN_TOPIC).protocol("sqs")
                .endpoint(QUEUE_ARN)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sns.subscribeFunction(UNKNOWN_TOPIC, "counter", event -> { }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sns.listSubscriptionsByTopic(request -> request.topicArn(UNKNOWN_TOPIC)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sns.unsubscribe(request -> request.subscriptionArn(UNKNOWN_TOPIC + ":1234")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAdminViewShowsTopicsWithTheirSubscriptions() {
        String arn = sns.createTopic(topic -> topic.name("words")).topicArn();
        sns.subscribeFunction(arn, "counter", event -> { });
        sns.subscribe(subscribe -> subscribe.topicArn(arn).protocol("sqs").endpoint(QUEUE_ARN)
                .attributes(Map.of("RawMessageDelivery", "true")));

        List<TopicView> topics = sns.topics();

        assertThat(topics).singleElement().satisfies(topic -> {
            assertThat(topic.arn()).isEqualTo(arn);
            assertThat(topic.name()).isEqualTo("words");
            assertThat(topic.publishedMessages()).isZero();
            assertThat(topic.subscriptions())
                    .extracting(SubscriptionView::protocol, SubscriptionView::endpoint, SubscriptionView::rawMessageDelivery)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("lambda", "counter", false),
                            org.assertj.core.groups.Tuple.tuple("sqs", QUEUE_ARN, true));
        });
    }
}
