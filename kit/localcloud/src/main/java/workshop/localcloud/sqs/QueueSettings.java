package workshop.localcloud.sqs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settable attributes of a queue, with the defaults and valid ranges of the SQS
 * {@code CreateQueue} reference. Immutable: {@code SetQueueAttributes} builds a new instance.
 *
 * @param visibilityTimeoutSeconds      how long a received message stays invisible (0..43200, default 30)
 * @param delaySeconds                  how long a new message stays invisible (0..900, default 0)
 * @param maximumMessageSize            bytes of body plus attributes (1024..1048576, default 1048576)
 * @param messageRetentionSeconds       how long a message is kept (60..1209600, default 345600)
 * @param receiveMessageWaitTimeSeconds default long-polling wait (0..20, default 0)
 * @param opaque                        attributes kept and returned but without effect offline
 *                                      ({@code Policy}, encryption settings)
 */
record QueueSettings(int visibilityTimeoutSeconds,
                     int delaySeconds,
                     int maximumMessageSize,
                     int messageRetentionSeconds,
                     int receiveMessageWaitTimeSeconds,
                     Map<String, String> opaque) {

    static final String VISIBILITY_TIMEOUT = "VisibilityTimeout";
    static final String DELAY_SECONDS = "DelaySeconds";
    static final String MAXIMUM_MESSAGE_SIZE = "MaximumMessageSize";
    static final String MESSAGE_RETENTION_PERIOD = "MessageRetentionPeriod";
    static final String RECEIVE_MESSAGE_WAIT_TIME_SECONDS = "ReceiveMessageWaitTimeSeconds";

    /** Since August 2025 the SQS maximum (and default) message size is 1 MiB. */
    static final int MAX_MESSAGE_SIZE = 1_048_576;

    private static final Set<String> NUMERIC_ATTRIBUTES = Set.of(
            VISIBILITY_TIMEOUT, DELAY_SECONDS, MAXIMUM_MESSAGE_SIZE, MESSAGE_RETENTION_PERIOD,
            RECEIVE_MESSAGE_WAIT_TIME_SECONDS);

    /** Policy and encryption do not change behaviour in one JVM, so they are stored and echoed only. */
    private static final Set<String> OPAQUE_ATTRIBUTES = Set.of(
            "Policy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled");

    /** Real SQS features this in-memory queue does not implement: refused rather than silently ignored. */
    private static final Set<String> UNSUPPORTED_ATTRIBUTES = Set.of(
            "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
            "RedrivePolicy", "RedriveAllowPolicy");

    static QueueSettings defaults() {
        return new QueueSettings(30, 0, MAX_MESSAGE_SIZE, 345_600, 0, Map.of("SqsManagedSseEnabled", "true"));
    }

    /** These settings with {@code changes} applied; throws the SQS error for an unknown or invalid attribute. */
    QueueSettings with(Map<String, String> changes) {
        changes.keySet().forEach(QueueSettings::requireSupported);
        Map<String, String> merged = new LinkedHashMap<>(asAttributes());
        merged.putAll(changes);

        Map<String, String> opaque = new LinkedHashMap<>();
        merged.forEach((name, value) -> {
            if (OPAQUE_ATTRIBUTES.contains(name)) {
                opaque.put(name, value);
            }
        });
        return new QueueSettings(
                parse(merged, VISIBILITY_TIMEOUT, 0, 43_200),
                parse(merged, DELAY_SECONDS, 0, 900),
                parse(merged, MAXIMUM_MESSAGE_SIZE, 1024, MAX_MESSAGE_SIZE),
                parse(merged, MESSAGE_RETENTION_PERIOD, 60, 1_209_600),
                parse(merged, RECEIVE_MESSAGE_WAIT_TIME_SECONDS, 0, 20),
                Map.copyOf(opaque));
    }

    private static void requireSupported(String name) {
        if (UNSUPPORTED_ATTRIBUTES.contains(name)) {
            throw SqsErrors.unsupported("The local cloud's SQS does not support the attribute " + name
                    + " (FIFO queues and dead-letter redrive are not implemented).");
        }
        if (!NUMERIC_ATTRIBUTES.contains(name) && !OPAQUE_ATTRIBUTES.contains(name)) {
            throw SqsErrors.invalidAttributeName(name);
        }
    }

    /** The settings as {@code GetQueueAttributes} reports them. */
    Map<String, String> asAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(VISIBILITY_TIMEOUT, String.valueOf(visibilityTimeoutSeconds));
        attributes.put(DELAY_SECONDS, String.valueOf(delaySeconds));
        attributes.put(MAXIMUM_MESSAGE_SIZE, String.valueOf(maximumMessageSize));
        attributes.put(MESSAGE_RETENTION_PERIOD, String.valueOf(messageRetentionSeconds));
        attributes.put(RECEIVE_MESSAGE_WAIT_TIME_SECONDS, String.valueOf(receiveMessageWaitTimeSeconds));
        attributes.putAll(opaque);
        return attributes;
    }

    private static int parse(Map<String, String> attributes, String name, int minimum, int maximum) {
        String value = attributes.get(name);
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw SqsErrors.invalidAttributeValue(name, "must be an integer");
        }
        if (parsed < minimum || parsed > maximum) {
            throw SqsErrors.invalidAttributeValue(name,
                    "must be between " + minimum + " and " + maximum + ", was " + parsed);
        }
        return parsed;
    }
}
