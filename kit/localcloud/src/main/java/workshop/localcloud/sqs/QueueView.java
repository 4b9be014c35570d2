package workshop.localcloud.sqs;

/**
 * A read-only snapshot of one queue, for the local cloud's admin endpoint.
 *
 * @param visibleMessages  messages a receive would get now ({@code ApproximateNumberOfMessages})
 * @param inFlightMessages received, not yet deleted, within their visibility timeout
 * @param delayedMessages  sent with a delay that has not passed yet
 */
public record QueueView(String name, String url, String arn,
                        int visibleMessages, int inFlightMessages, int delayedMessages) {
}
