package workshop.localcloud.sns;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;

/**
 * A Lambda function subscribed to a topic, as the local cloud registers it with {@link
 * LocalSns#subscribeFunction}. It receives one {@link SNSEvent} with one record per delivery.
 *
 * <p>SNS invokes Lambda subscribers asynchronously; {@link LocalSns} calls {@code deliver} on the
 * publishing thread and leaves it to the implementation to hand the event off (or not). An
 * exception thrown here counts as a failed delivery and does not affect other subscribers.
 */
@FunctionalInterface
public interface SnsSubscriber {

    void deliver(SNSEvent event);
}
