package workshop.localcloud.sqs;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.UnsupportedOperationException;

class LocalSqsQueuesTest {

    private static final String UNKNOWN_QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/nope";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-02T10:00:00Z"));
    private final LocalSqs sqs = new LocalSqs("eu-west-1", "123456789012", clock);

    @Test
    void createsAQueueWithTheAwsUrlAndArnForms() {
        String url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();

        assertThat(url).isEqualTo("https://sqs.eu-west-1.amazonaws.com/123456789012/orders");
        assertThat(sqs.getQueueUrl(request -> request.queueName("orders")).queueUrl()).isEqualTo(url);
        assertThat(sqs.getQueueAttributes(request -> request.queueUrl(url)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributesAsStrings())
                .containsExactly(Map.entry("QueueArn", "arn:aws:sqs:eu-west-1:123456789012:orders"));
        assertThat(sqs.queueUrlForArn("arn:aws:sqs:eu-west-1:123456789012:orders")).contains(url);
        assertThat(sqs.queueUrlForArn("arn:aws:sqs:eu-west-1:123456789012:other")).isEmpty();
    }

    @Test
    void createQueueIsIdempotentButRefusesADifferentAttributeValue() {
        String first = sqs.createQueue(queue -> queue.queueName("orders")
                .attributesWithStrings(Map.of("VisibilityTimeout", "45"))).queueUrl();
        String again = sqs.createQueue(queue -> queue.queueName("orders")
                .attributesWithStrings(Map.of("VisibilityTimeout", "45"))).queueUrl();

        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("orders")
                .attributesWithStrings(Map.of("VisibilityTimeout", "60"))))
                .isInstanceOf(QueueNameExistsException.class);
    }

    @Test
    void reportsDefaultsAndMessageCountsAsAttributes() {
        String url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("visible"));
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("in flight"));
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("delayed").delaySeconds(60));
        sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(1));

        Map<String, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();

        assertThat(attributes)
                .containsEntry("ApproximateNumberOfMessages", "1")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "1")
                .containsEntry("ApproximateNumberOfMessagesDelayed", "1")
                .containsEntry("VisibilityTimeout", "30")
                .containsEntry("MaximumMessageSize", "1048576")
                .containsEntry("MessageRetentionPeriod", "345600")
                .containsEntry("CreatedTimestamp", String.valueOf(clock.instant().getEpochSecond()));
        assertThat(sqs.queues()).singleElement()
                .satisfies(view -> {
                    assertThat(view.visibleMessages()).isEqualTo(1);
                    assertThat(view.inFlightMessages()).isEqualTo(1);
                    assertThat(view.delayedMessages()).isEqualTo(1);
                });
    }

    @Test
    void returnsOnlyTheAttributesAskedFor() {
        String url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();

        assertThat(sqs.getQueueAttributes(request -> request.queueUrl(url)).attributesAsStrings()).isEmpty();
        assertThat(sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNamesWithStrings("VisibilityTimeout")).attributesAsStrings())
                .containsOnlyKeys("VisibilityTimeout");
        assertThatThrownBy(() -> sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNamesWithStrings("Colour")))
                .isInstanceOf(InvalidAttributeNameException.class);
    }

    @Test
    void refusesOutOfRangeAndUnsupportedAttributes() {
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("a")
                .attributesWithStrings(Map.of("VisibilityTimeout", "43201"))))
                .isInstanceOf(InvalidAttributeValueException.class);
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("b")
                .attributesWithStrings(Map.of("RedrivePolicy", "{}"))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("c")
                .attributesWithStrings(Map.of("Colour", "blue"))))
                .isInstanceOf(InvalidAttributeNameException.class);
        assertThat(sqs.queues()).isEmpty();
    }

    @Test
    void refusesFifoQueuesAndInvalidNames() {
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("orders.fifo")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("FIFO");
        assertThatThrownBy(() -> sqs.createQueue(queue -> queue.queueName("with space")))
                .isInstanceOf(SqsException.class)
                .satisfies(error -> assertThat(errorCode(error)).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void listsQueuesByPrefixInPages() {
        for (String name : new String[] {"orders-a", "orders-b", "orders-c", "payments"}) {
            sqs.createQueue(queue -> queue.queueName(name));
        }

        assertThat(sqs.listQueues(list -> list.queueNamePrefix("orders")).queueUrls())
                .hasSize(3).allSatisfy(url -> assertThat(url).contains("/orders-"));
        ListQueuesResponse firstPage = sqs.listQueues(list -> list.maxResults(2));
        ListQueuesResponse secondPage = sqs.listQueues(list -> list.maxResults(2).nextToken(firstPage.nextToken()));
        assertThat(firstPage.queueUrls()).hasSize(2);
        assertThat(secondPage.queueUrls()).hasSize(2).doesNotContainAnyElementsOf(firstPage.queueUrls());
        assertThat(secondPage.nextToken()).isNull();
    }

    @Test
    void everyOperationOnAnUnknownQueueIsQueueDoesNotExist() {
        assertThatThrownBy(() -> sqs.getQueueUrl(request -> request.queueName("nope")))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.sendMessage(message -> message.queueUrl(UNKNOWN_QUEUE_URL).messageBody("x")))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.receiveMessage(receive -> receive.queueUrl(UNKNOWN_QUEUE_URL)))
                .isInstanceOf(QueueDoesNotExistException.class)
                .satisfies(error -> {
                    AwsServiceException awsError = (AwsServiceException) error;
                    assertThat(awsError.statusCode()).isEqualTo(400);
                    assertThat(awsError.awsErrorDetails().errorCode()).isEqualTo("QueueDoesNotExist");
                    assertThat(awsError.awsErrorDetails().serviceName()).isEqualTo("SQS");
                });
        assertThatThrownBy(() -> sqs.getQueueAttributes(request -> request.queueUrl(UNKNOWN_QUEUE_URL)))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.purgeQueue(request -> request.queueUrl(UNKNOWN_QUEUE_URL)))
                .isInstanceOf(QueueDoesNotExistException.class);
    }

    @Test
    void aDeletedQueueNoLongerExists() {
        String url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();

        sqs.deleteQueue(request -> request.queueUrl(url));

        assertThatThrownBy(() -> sqs.sendMessage(message -> message.queueUrl(url).messageBody("x")))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThat(sqs.queueUrlForArn("arn:aws:sqs:eu-west-1:123456789012:orders")).isEmpty();
    }

    @Test
    void purgeRemovesEveryMessageAndIsAllowedOncePerMinute() {
        String url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("one"));
        sqs.sendMessage(message -> message.queueUrl(url).messageBody("two"));
        sqs.receiveMessage(receive -> receive.queueUrl(url));

        sqs.purgeQueue(request -> request.queueUrl(url));

        assertThat(sqs.queues().get(0).visibleMessages() + sqs.queues().get(0).inFlightMessages()).isZero();
        assertThatThrownBy(() -> sqs.purgeQueue(request -> request.queueUrl(url)))
                .isInstanceOf(PurgeQueueInProgressException.class);
        clock.advance(Duration.ofSeconds(60));
        sqs.purgeQueue(request -> request.queueUrl(url));
    }

    static String errorCode(Throwable error) {
        return ((AwsServiceException) error).awsErrorDetails().errorCode();
    }
}
