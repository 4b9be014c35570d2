package workshop.localcloud.kinesis;

import java.util.regex.Pattern;

/**
 * Checks of the constraints that the Kinesis API model puts on request members (required members,
 * lengths, ranges, patterns). AWS checks these before it looks at anything else and answers a
 * violation with {@code ValidationException}; so do these methods.
 */
final class ModelConstraints {

    private static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final int MAX_STREAM_NAME_LENGTH = 128;
    private static final Pattern STREAM_ARN = Pattern.compile("arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
    private static final int MAX_ARN_LENGTH = 2048;

    private ModelConstraints() {
    }

    static <T> T required(String member, T value) {
        if (value == null) {
            throw KinesisErrors.missing(member);
        }
        return value;
    }

    /** An optional integer member: its value, or {@code defaultValue} when the request left it out. */
    static int intInRange(String member, Integer value, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min) {
            throw KinesisErrors.constraintViolated(member, value.toString(),
                    "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw KinesisErrors.constraintViolated(member, value.toString(),
                    "Member must have value less than or equal to " + max);
        }
        return value;
    }

    static void lengthInRange(String member, String value, int min, int max) {
        if (value.length() < min) {
            throw KinesisErrors.constraintViolated(member, value, "Member must have length greater than or equal to " + min);
        }
        if (value.length() > max) {
            throw KinesisErrors.constraintViolated(member, value, "Member must have length less than or equal to " + max);
        }
    }

    static void matches(String member, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw KinesisErrors.constraintViolated(member, value,
                    "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
    }

    static void streamName(String member, String streamName) {
        lengthInRange(member, streamName, 1, MAX_STREAM_NAME_LENGTH);
        matches(member, streamName, STREAM_NAME);
    }

    static void streamArn(String member, String streamArn) {
        lengthInRange(member, streamArn, 1, MAX_ARN_LENGTH);
        matches(member, streamArn, STREAM_ARN);
    }
}
