package workshop.localcloud.sns;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscription of a topic: where its notifications go, and how many went. A failed delivery
 * is logged and counted, never thrown: SNS delivers to each subscriber independently.
 */
final class Subscription {

    private static final System.Logger LOG = System.getLogger(Subscription.class.getName());

    private final String arn;
    private final String topicArn;
    private final String protocol;
    private final String endpoint;
    private final boolean rawMessageDelivery;
    private final Destination destination;
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong failedDeliveries = new AtomicLong();

    Subscription(String arn, String topicArn, String protocol, String endpoint, boolean rawMessageDelivery,
                 Destination destination) {
        this.arn = arn;
        this.topicArn = topicArn;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.rawMessageDelivery = rawMessageDelivery;
        this.destination = destination;
    }

    String arn() {
        return arn;
    }

    String topicArn() {
        return topicArn;
    }

    String protocol() {
        return protocol;
    }

    String endpoint() {
        return endpoint;
    }

    boolean rawMessageDelivery() {
        return rawMessageDelivery;
    }

    void deliver(Notification notification) {
        deliveries.incrementAndGet();
        try {
            destination.deliver(notification, arn);
        } catch (RuntimeException failure) {
            failedDeliveries.incrementAndGet();
            LOG.log(Level.WARNING, () -> "SNS delivery of message " + notification.messageId() + " to " + protocol
                    + " subscriber " + endpoint + " failed: " + failure, failure);
        }
    }

    SubscriptionView view() {
        return new SubscriptionView(arn, protocol, endpoint, rawMessageDelivery,
                deliveries.get(), failedDeliveries.get());
    }
}
