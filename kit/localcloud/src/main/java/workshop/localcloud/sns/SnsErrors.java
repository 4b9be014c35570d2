package workshop.localcloud.sns;

import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.sns.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sns.model.BatchRequestTooLongException;
import software.amazon.awssdk.services.sns.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sns.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.InvalidParameterValueException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.TooManyEntriesInBatchRequestException;

/**
 * The errors SNS returns, built as the SDK builds them from a real response: the modelled
 * exception class, its HTTP status, and {@code awsErrorDetails} carrying the error code of the SNS
 * API reference, so handler code can catch the type or inspect the code as it would on AWS.
 */
final class SnsErrors {

    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;

    private SnsErrors() {
    }

    static NotFoundException topicNotFound() {
        return build(NotFoundException.builder(), NOT_FOUND, "NotFound", "Topic does not exist",
                NotFoundException.class);
    }

    static NotFoundException subscriptionNotFound() {
        return build(NotFoundException.builder(), NOT_FOUND, "NotFound", "Subscription does not exist",
                NotFoundException.class);
    }

    /** SNS phrases these as {@code "Invalid parameter: <what>"}. */
    static InvalidParameterException invalidParameter(String what) {
        return build(InvalidParameterException.builder(), BAD_REQUEST, "InvalidParameter",
                "Invalid parameter: " + what, InvalidParameterException.class);
    }

    /** A message attribute that breaks the rules; SNS's code for it is {@code ParameterValueInvalid}. */
    static InvalidParameterValueException invalidParameterValue(String message) {
        return build(InvalidParameterValueException.builder(), BAD_REQUEST, "ParameterValueInvalid", message,
                InvalidParameterValueException.class);
    }

    static EmptyBatchRequestException emptyBatch() {
        return build(EmptyBatchRequestException.builder(), BAD_REQUEST, "EmptyBatchRequest",
                "The batch request doesn't contain any entries.", EmptyBatchRequestException.class);
    }

    static TooManyEntriesInBatchRequestException tooManyEntries() {
        return build(TooManyEntriesInBatchRequestException.builder(), BAD_REQUEST, "TooManyEntriesInBatchRequest",
                "The batch request contains more entries than permissible.",
                TooManyEntriesInBatchRequestException.class);
    }

    static BatchEntryIdsNotDistinctException idsNotDistinct() {
        return build(BatchEntryIdsNotDistinctException.builder(), BAD_REQUEST, "BatchEntryIdsNotDistinct",
                "Two or more batch entries in the request have the same Id.",
                BatchEntryIdsNotDistinctException.class);
    }

    static InvalidBatchEntryIdException invalidBatchEntryId() {
        return build(InvalidBatchEntryIdException.builder(), BAD_REQUEST, "InvalidBatchEntryId",
                "The Id of a batch entry in a batch request doesn't abide by the specification.",
                InvalidBatchEntryIdException.class);
    }

    static BatchRequestTooLongException batchTooLong() {
        return build(BatchRequestTooLongException.builder(), BAD_REQUEST, "BatchRequestTooLong",
                "The length of all the messages put together is more than the limit.",
                BatchRequestTooLongException.class);
    }

    private static <T extends SnsException> T build(SnsException.Builder builder, int status, String errorCode,
                                                    String message, Class<T> type) {
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName("SNS")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        SnsException exception = (SnsException) builder
                .awsErrorDetails(details)
                .statusCode(status)
                .requestId(UUID.randomUUID().toString())
                .message(message)
                .build();
        return type.cast(exception);
    }
}
