package workshop.localcloud.sns;

import workshop.localcloud.sqs.LocalSqs;

/**
 * Delivers to an SQS queue: the JSON envelope as the message body, or, with {@code
 * RawMessageDelivery}, the message itself with its attributes as SQS message attributes.
 *
 * <p>The queue is looked up at each delivery, as SNS does: a subscription may exist before its
 * queue, and a deleted queue makes deliveries fail without affecting other subscribers.
 */
final class QueueDestination implements Destination {

    private final LocalSqs sqs;
    private final String queueArn;
    private final boolean rawMessageDelivery;
    private final String region;

    QueueDestination(LocalSqs sqs, String queueArn, boolean rawMessageDelivery, String region) {
        this.sqs = sqs;
        this.queueArn = queueArn;
        this.rawMessageDelivery = rawMessageDelivery;
        this.region = region;
    }

    @Override
    public void deliver(Notification notification, String subscriptionArn) {
        String queueUrl = sqs.queueUrlForArn(queueArn)
                .orElseThrow(() -> new IllegalStateException("SQS queue " + queueArn + " does not exist"));
        if (rawMessageDelivery) {
            sqs.sendMessage(message -> message
                    .queueUrl(queueUrl)
                    .messageBody(notification.messageFor(SnsEnvelope.PROTOCOL))
                    .messageAttributes(DeliveredAttributes.asSqsAttributes(notification.messageAttributes())));
        } else {
            sqs.sendMessage(message -> message
                    .queueUrl(queueUrl)
                    .messageBody(SnsEnvelope.toJson(notification, subscriptionArn, region)));
        }
    }
}
