package workshop.localcloud.sns;

/**
 * A read-only snapshot of one subscription, for the local cloud's admin endpoint.
 *
 * @param protocol         {@code lambda} or {@code sqs}
 * @param endpoint         the function's ARN or name, or the queue's ARN
 * @param deliveries       deliveries attempted, redeliveries included
 * @param failedDeliveries deliveries whose subscriber threw, or whose queue was missing or refused it
 */
public record SubscriptionView(String arn, String protocol, String endpoint, boolean rawMessageDelivery,
                               long deliveries, long failedDeliveries) {
}
