package workshop.localcloud.sns;

/** Delivers to a Lambda function through the local cloud's {@link SnsSubscriber} hook. */
final class FunctionDestination implements Destination {

    private final SnsSubscriber subscriber;
    private final String region;

    FunctionDestination(SnsSubscriber subscriber, String region) {
        this.subscriber = subscriber;
        this.region = region;
    }

    @Override
    public void deliver(Notification notification, String subscriptionArn) {
        subscriber.deliver(SnsLambdaEvents.toEvent(notification, subscriptionArn, region));
    }
}
