package workshop.localcloud.sns;

/** Where a subscription sends each notification: a Lambda function or an SQS queue. */
interface Destination {

    /** Delivers once; throws when the delivery fails. */
    void deliver(Notification notification, String subscriptionArn);
}
