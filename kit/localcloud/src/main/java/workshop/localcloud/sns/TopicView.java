package workshop.localcloud.sns;

import java.util.List;

/**
 * A read-only snapshot of one topic, for the local cloud's admin endpoint.
 *
 * @param publishedMessages messages accepted by Publish and PublishBatch since the topic was created
 */
public record TopicView(String arn, String name, long publishedMessages, List<SubscriptionView> subscriptions) {

    public TopicView {
        subscriptions = List.copyOf(subscriptions);
    }
}
