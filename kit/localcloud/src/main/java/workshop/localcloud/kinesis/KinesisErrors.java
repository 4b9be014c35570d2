package workshop.localcloud.kinesis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/**
 * The errors Kinesis answers with, built exactly as the SDK builds them from a real response: the
 * modelled exception class, HTTP status 400, a request id, and {@code awsErrorDetails} with the
 * error code, message and service name. Callers that branch on
 * {@code e.awsErrorDetails().errorCode()} or on {@code e.isThrottlingException()} therefore behave
 * as they would against AWS.
 *
 * <p>The messages follow the wording AWS uses, so that what a workshop attendee sees in a log here
 * is what they will see in CloudWatch.
 */
final class KinesisErrors {

    static final String SERVICE_NAME = "Kinesis";

    private static final int BAD_REQUEST = 400;

    /** AWS prints times in its messages like {@code Thu Jan 22 01:22:02 UTC 2015}. */
    private static final DateTimeFormatter AWS_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private KinesisErrors() {
    }

    static ResourceNotFoundException streamNotFound(String streamName, String accountId) {
        String message = "Stream " + streamName + " under account " + accountId + " not found.";
        return ResourceNotFoundException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ResourceNotFoundException", message))
                .build();
    }

    static ResourceNotFoundException shardNotFound(String shardId, String streamName, String accountId) {
        String message = "Shard " + shardId + " in stream " + streamName + " under account " + accountId
                + " does not exist";
        return ResourceNotFoundException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ResourceNotFoundException", message))
                .build();
    }

    static ResourceInUseException streamExists(String streamName, String accountId) {
        String message = "Stream " + streamName + " under account " + accountId + " already exists.";
        return ResourceInUseException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ResourceInUseException", message))
                .build();
    }

    static LimitExceededException limitExceeded(String message) {
        return LimitExceededException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("LimitExceededException", message))
                .build();
    }

    /** A request the service understood but cannot carry out as given. */
    static InvalidArgumentException invalidArgument(String message) {
        return InvalidArgumentException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("InvalidArgumentException", message))
                .build();
    }

    static InvalidArgumentException invalidShardIterator() {
        return invalidArgument("Invalid ShardIterator.");
    }

    /**
     * A request that breaks a constraint of the API model (a length, a range, a pattern, a
     * required member). AWS checks these before anything else and answers with
     * {@code ValidationException}, e.g. {@code 1 validation error detected: Value '0' at 'limit'
     * failed to satisfy constraint: Member must have value greater than or equal to 1}.
     *
     * @param member     the member's path as AWS names it, e.g. {@code records.3.member.partitionKey}
     * @param shownValue the offending value as AWS prints it, or null to leave it out (AWS leaves out
     *                   large values such as a whole list of records)
     * @param constraint the rule, e.g. {@code Member must have length less than or equal to 256}
     */
    static ValidationException constraintViolated(String member, String shownValue, String constraint) {
        String value = shownValue == null ? "Value" : "Value '" + shownValue + "'";
        String message = "1 validation error detected: " + value + " at '" + member
                + "' failed to satisfy constraint: " + constraint;
        return ValidationException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ValidationException", message))
                .build();
    }

    /** A required member that the request left out. */
    static ValidationException missing(String member) {
        String message = "1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null";
        return ValidationException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ValidationException", message))
                .build();
    }

    static ExpiredIteratorException expiredIterator(Instant issuedAt, Instant now, long toleratedMillis) {
        String message = "Iterator expired. The iterator was created at time " + AWS_TIME.format(issuedAt)
                + " while right now it is " + AWS_TIME.format(now)
                + " which is further in the future than the tolerated delay of " + toleratedMillis + " milliseconds.";
        return ExpiredIteratorException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ExpiredIteratorException", message))
                .build();
    }

    static ExpiredNextTokenException expiredNextToken() {
        String message = "The timestamp of the nextToken has expired.";
        return ExpiredNextTokenException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ExpiredNextTokenException", message))
                .build();
    }

    /** The message AWS gives a put that a shard throttled, both as exception and as PutRecords entry. */
    static String rateExceededMessage(String shardId, String streamName, String accountId) {
        return "Rate exceeded for shard " + shardId + " in stream " + streamName + " under account " + accountId + ".";
    }

    static ProvisionedThroughputExceededException rateExceeded(String shardId, String streamName, String accountId) {
        String message = rateExceededMessage(shardId, streamName, accountId);
        return ProvisionedThroughputExceededException.builder()
                .message(message).statusCode(BAD_REQUEST).requestId(newRequestId())
                .awsErrorDetails(details("ProvisionedThroughputExceededException", message))
                .build();
    }

    private static AwsErrorDetails details(String errorCode, String message) {
        return AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName(SERVICE_NAME)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(BAD_REQUEST).build())
                .build();
    }

    /** Every AWS response carries a request id; printing {@code Request ID: null} would look broken. */
    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
