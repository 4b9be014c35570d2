package workshop.localcloud.kinesis;

import java.time.Instant;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.Record;

/** A record as a shard keeps it. Immutable, so readers can share it without copying. */
record StoredRecord(SequenceNumber sequenceNumber, String partitionKey, SdkBytes data, Instant arrival) {

    /** Size as Kinesis counts it against its limits: data plus the partition key's UTF-8 bytes. */
    long sizeInBytes() {
        return RecordLimits.sizeInBytes(partitionKey, data);
    }

    Record toSdk() {
        return Record.builder()
                .sequenceNumber(sequenceNumber.toString())
                .partitionKey(partitionKey)
                .data(data)
                .approximateArrivalTimestamp(arrival)
                .build();
    }

    @Override
    public String toString() {
        // The data can be a megabyte: show its size, not its bytes.
        int size = data.asByteArrayUnsafe().length;
        return "StoredRecord[" + sequenceNumber + ", key=" + partitionKey + ", " + size + " bytes]";
    }
}
