package workshop.localcloud.streams;

/**
 * Where an event source mapping sends the description of records it gave up on
 * ({@code destinations.onFailure}): an SNS topic or an SQS queue.
 */
@FunctionalInterface
public interface FailureDestination {

    /** Sends one invocation record (a JSON document). */
    void send(String invocationRecordJson);
}
