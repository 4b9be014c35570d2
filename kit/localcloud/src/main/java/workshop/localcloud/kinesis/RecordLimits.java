package workshop.localcloud.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

/**
 * The limits Kinesis puts on records (API reference, PutRecord, PutRecords and GetRecords), and
 * the checks a put must pass before anything is stored.
 *
 * <p>A put that breaks a limit is refused as a whole: no record of it is stored, as on AWS. Which
 * exception AWS uses depends on who notices:
 * <ul>
 *   <li>the API model's constraints (500 entries, a data blob over 1 MiB, a partition key outside
 *       1..256 characters, a malformed ExplicitHashKey): {@code ValidationException};</li>
 *   <li>the service's own checks (a request over 5 MiB, an ExplicitHashKey beyond 2^128 - 1):
 *       {@code InvalidArgumentException}.</li>
 * </ul>
 */
final class RecordLimits {

    static final int MAX_RECORDS_PER_PUT = 500;

    /** Per record: data plus partition key (the default maximum record size of a stream). */
    static final int MAX_RECORD_BYTES = 1024 * 1024;

    /** Per PutRecords request: the sum of every record's data and partition key. */
    static final int MAX_PUT_RECORDS_BYTES = 5 * 1024 * 1024;

    static final int MAX_PARTITION_KEY_CHARS = 256;

    static final int MAX_GET_RECORDS_LIMIT = 10_000;

    /** Per GetRecords call. */
    static final long MAX_GET_RECORDS_BYTES = 10L * 1024 * 1024;

    private static final Pattern HASH_KEY = Pattern.compile("0|([1-9]\\d{0,38})");
    private static final Pattern SEQUENCE_NUMBER = Pattern.compile("0|([1-9]\\d{0,128})");

    private RecordLimits() {
    }

    /** The size Kinesis counts against its limits: data plus the partition key's UTF-8 bytes. */
    static long sizeInBytes(String partitionKey, SdkBytes data) {
        return (long) data.asByteArrayUnsafe().length + partitionKey.getBytes(StandardCharsets.UTF_8).length;
    }

    static void checkPutRecord(PutRecordRequest request) {
        checkModelConstraints("", request.partitionKey(), request.data(), request.explicitHashKey());
        if (request.sequenceNumberForOrdering() != null) {
            ModelConstraints.matches("sequenceNumberForOrdering", request.sequenceNumberForOrdering(), SEQUENCE_NUMBER);
        }
        checkRecordSize("", request.partitionKey(), request.data());
        checkExplicitHashKeyRange(request.explicitHashKey());
    }

    static void checkPutRecords(PutRecordsRequest request) {
        if (!request.hasRecords()) {
            throw KinesisErrors.missing("records");
        }
        List<PutRecordsRequestEntry> entries = request.records();
        if (entries.isEmpty()) {
            throw KinesisErrors.constraintViolated("records", null, "Member must have length greater than or equal to 1");
        }
        if (entries.size() > MAX_RECORDS_PER_PUT) {
            throw KinesisErrors.constraintViolated("records", null,
                    "Member must have length less than or equal to " + MAX_RECORDS_PER_PUT);
        }
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry entry = entries.get(i);
            checkModelConstraints(entryPath(i), entry.partitionKey(), entry.data(), entry.explicitHashKey());
        }

        long requestBytes = entries.stream().mapToLong(entry -> sizeInBytes(entry.partitionKey(), entry.data())).sum();
        if (requestBytes > MAX_PUT_RECORDS_BYTES) {
            throw KinesisErrors.invalidArgument("Records size exceeds 5 MB limit");
        }
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry entry = entries.get(i);
            checkRecordSize(entryPath(i), entry.partitionKey(), entry.data());
            checkExplicitHashKeyRange(entry.explicitHashKey());
        }
    }

    /** The Limit of GetRecords: 1 to 10,000, and 10,000 when left out. */
    static int getRecordsLimit(Integer limit) {
        return ModelConstraints.intInRange("limit", limit, 1, MAX_GET_RECORDS_LIMIT, MAX_GET_RECORDS_LIMIT);
    }

    /** How AWS names the members of the third entry: {@code records.3.member.partitionKey}. */
    private static String entryPath(int index) {
        return "records." + (index + 1) + ".member.";
    }

    private static void checkModelConstraints(String path, String partitionKey, SdkBytes data, String explicitHashKey) {
        ModelConstraints.required(path + "partitionKey", partitionKey);
        // The API reference counts the partition key in Unicode characters, not UTF-16 units.
        int keyLength = partitionKey.codePointCount(0, partitionKey.length());
        if (keyLength < 1) {
            throw KinesisErrors.constraintViolated(path + "partitionKey", partitionKey,
                    "Member must have length greater than or equal to 1");
        }
        if (keyLength > MAX_PARTITION_KEY_CHARS) {
            throw KinesisErrors.constraintViolated(path + "partitionKey", partitionKey,
                    "Member must have length less than or equal to " + MAX_PARTITION_KEY_CHARS);
        }
        ModelConstraints.required(path + "data", data);
        int dataLength = data.asByteArrayUnsafe().length;
        if (dataLength > MAX_RECORD_BYTES) {
            // AWS shows a blob as the Java buffer that held it.
            String shown = "java.nio.HeapByteBuffer[pos=0 lim=" + dataLength + " cap=" + dataLength + "]";
            throw KinesisErrors.constraintViolated(path + "data", shown,
                    "Member must have length less than or equal to " + MAX_RECORD_BYTES);
        }
        if (explicitHashKey != null) {
            ModelConstraints.matches(path + "explicitHashKey", explicitHashKey, HASH_KEY);
        }
    }

    /** The record size limit covers data and partition key together, not the data alone. */
    private static void checkRecordSize(String path, String partitionKey, SdkBytes data) {
        if (sizeInBytes(partitionKey, data) > MAX_RECORD_BYTES) {
            throw KinesisErrors.constraintViolated(path + "data", null,
                    "Member must have length less than or equal to " + MAX_RECORD_BYTES);
        }
    }

    /** The pattern allows 39 digits; the hash key space ends at 2^128 - 1, which has 39 digits too. */
    private static void checkExplicitHashKeyRange(String explicitHashKey) {
        if (explicitHashKey != null && new BigInteger(explicitHashKey).compareTo(HashKeySpace.MAX_HASH_KEY) > 0) {
            throw KinesisErrors.invalidArgument("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                    + "[0, 2^128-1]. Specified value was " + explicitHashKey);
        }
    }
}
