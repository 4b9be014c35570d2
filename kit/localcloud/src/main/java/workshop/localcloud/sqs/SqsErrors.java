package workshop.localcloud.sqs;

import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.BatchRequestTooLongException;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException;
import software.amazon.awssdk.services.sqs.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;
import software.amazon.awssdk.services.sqs.model.UnsupportedOperationException;

/**
 * The errors SQS returns, built the way the SDK builds them from a real response: the modelled
 * exception class, HTTP status 400, and {@code awsErrorDetails} with the error code of the SQS API
 * reference. Handler code that inspects {@code e.awsErrorDetails().errorCode()} or catches a
 * specific exception type therefore behaves as it would against AWS.
 */
final class SqsErrors {

    private static final int BAD_REQUEST = 400;

    private SqsErrors() {
    }

    static QueueDoesNotExistException queueDoesNotExist() {
        return build(QueueDoesNotExistException.builder(), "QueueDoesNotExist",
                "The specified queue does not exist.", QueueDoesNotExistException.class);
    }

    static QueueNameExistsException queueNameExists(String attribute) {
        return build(QueueNameExistsException.builder(), "QueueNameExists",
                "A queue already exists with the same name and a different value for attribute " + attribute,
                QueueNameExistsException.class);
    }

    static UnsupportedOperationException unsupported(String message) {
        return build(UnsupportedOperationException.builder(), "UnsupportedOperation", message,
                UnsupportedOperationException.class);
    }

    static InvalidAttributeNameException invalidAttributeName(String name) {
        return build(InvalidAttributeNameException.builder(), "InvalidAttributeName",
                "Unknown Attribute " + name + ".", InvalidAttributeNameException.class);
    }

    static InvalidAttributeValueException invalidAttributeValue(String name, String reason) {
        return build(InvalidAttributeValueException.builder(), "InvalidAttributeValue",
                "Invalid value for the parameter " + name + ". Reason: " + reason,
                InvalidAttributeValueException.class);
    }

    /** The generic "a parameter is out of its documented range" error; SQS has no modelled class for it. */
    static SqsException invalidParameterValue(String message) {
        return build(SqsException.builder(), "InvalidParameterValue", message, SqsException.class);
    }

    static SqsException missingParameter(String parameter) {
        return build(SqsException.builder(), "MissingParameter",
                "The request must contain the parameter " + parameter + ".", SqsException.class);
    }

    static InvalidMessageContentsException invalidMessageContents() {
        return build(InvalidMessageContentsException.builder(), "InvalidMessageContents",
                "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF"
                        + " | #xE000 to #xFFFD | #x10000 to #x10FFFF",
                InvalidMessageContentsException.class);
    }

    static ReceiptHandleIsInvalidException receiptHandleIsInvalid(String receiptHandle) {
        return build(ReceiptHandleIsInvalidException.builder(), "ReceiptHandleIsInvalid",
                "The input receipt handle \"" + receiptHandle + "\" is not a valid receipt handle.",
                ReceiptHandleIsInvalidException.class);
    }

    static MessageNotInflightException messageNotInflight() {
        return build(MessageNotInflightException.builder(), "MessageNotInflight",
                "The message referred to isn't in flight.", MessageNotInflightException.class);
    }

    static PurgeQueueInProgressException purgeInProgress(String queueUrl) {
        return build(PurgeQueueInProgressException.builder(), "PurgeQueueInProgress",
                "Only one PurgeQueue operation on " + queueUrl + " is allowed every 60 seconds.",
                PurgeQueueInProgressException.class);
    }

    static EmptyBatchRequestException emptyBatch() {
        return build(EmptyBatchRequestException.builder(), "EmptyBatchRequest",
                "There should be at least one request entry in the batch.", EmptyBatchRequestException.class);
    }

    static TooManyEntriesInBatchRequestException tooManyEntries(int entries, int maximum) {
        return build(TooManyEntriesInBatchRequestException.builder(), "TooManyEntriesInBatchRequest",
                "Maximum number of entries per request are " + maximum + ". You have sent " + entries + ".",
                TooManyEntriesInBatchRequestException.class);
    }

    static BatchEntryIdsNotDistinctException idsNotDistinct(String id) {
        return build(BatchEntryIdsNotDistinctException.builder(), "BatchEntryIdsNotDistinct",
                "Id " + id + " repeated.", BatchEntryIdsNotDistinctException.class);
    }

    static InvalidBatchEntryIdException invalidBatchEntryId(String id) {
        return build(InvalidBatchEntryIdException.builder(), "InvalidBatchEntryId",
                "A batch entry id can only contain alphanumeric characters, hyphens and underscores."
                        + " It can be at most 80 letters long. Invalid id: " + id,
                InvalidBatchEntryIdException.class);
    }

    static BatchRequestTooLongException batchTooLong(long bytes, long maximum) {
        return build(BatchRequestTooLongException.builder(), "BatchRequestTooLong",
                "Batch requests cannot be longer than " + maximum + " bytes. You have sent " + bytes + " bytes.",
                BatchRequestTooLongException.class);
    }

    private static <T extends SqsException> T build(SqsException.Builder builder, String errorCode,
                                                    String message, Class<T> type) {
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName("SQS")
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(BAD_REQUEST).build())
                .build();
        SqsException exception = (SqsException) builder
                .awsErrorDetails(details)
                .statusCode(BAD_REQUEST)
                .requestId(UUID.randomUUID().toString())
                .message(message)
                .build();
        return type.cast(exception);
    }
}
