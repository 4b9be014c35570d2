package workshop.localcloud.kinesis;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.SequenceNumberRange;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * One shard: an append-only, ordered list of records.
 *
 * <p>Positions are indexes into that list: 0 is the oldest record (the trim horizon), {@link #size()}
 * is just past the newest (the tip). Nothing is ever removed, so a position stays valid for as
 * long as the stream lives.
 *
 * <p>Every method that touches the records is {@code synchronized}: a writer takes its sequence
 * number and appends in one step, so sequence numbers in the list always increase, however many
 * threads write at once, and a reader never sees a half-done append.
 */
final class LocalShard {

    private final int index;
    private final String shardId;
    private final HashRange hashRange;
    private final List<StoredRecord> records = new ArrayList<>();

    LocalShard(int index, HashRange hashRange) {
        this.index = index;
        this.shardId = ShardIds.of(index);
        this.hashRange = hashRange;
    }

    int index() {
        return index;
    }

    String shardId() {
        return shardId;
    }

    boolean owns(BigInteger hashKey) {
        return hashRange.contains(hashKey);
    }

    /**
     * Stores a record at the tip of the shard.
     *
     * @param nextArrivalOrder the stream's counter; drawn here, under this shard's lock, so that the
     *                         order of sequence numbers is the order of the list
     */
    synchronized StoredRecord append(String partitionKey, SdkBytes data, LongSupplier nextArrivalOrder, Clock clock) {
        SequenceNumber sequenceNumber = new SequenceNumber(nextArrivalOrder.getAsLong(), index);
        // A copy, so that a producer that reuses its byte array cannot change a stored record.
        SdkBytes ownData = SdkBytes.fromByteArray(data.asByteArrayUnsafe());
        StoredRecord record = new StoredRecord(sequenceNumber, partitionKey, ownData, clock.instant());
        records.add(record);
        return record;
    }

    /**
     * Reads from {@code position} on: at most {@code maxRecords} records and at most
     * {@code maxBytes} bytes, but always at least one record if there is one.
     */
    synchronized ShardSlice read(int position, int maxRecords, long maxBytes) {
        List<StoredRecord> batch = new ArrayList<>();
        long bytes = 0;
        int next = position;
        while (next < records.size() && batch.size() < maxRecords) {
            StoredRecord record = records.get(next);
            bytes += record.sizeInBytes();
            if (bytes > maxBytes && !batch.isEmpty()) {
                break;
            }
            batch.add(record);
            next++;
        }
        Instant oldestUnread = next < records.size() ? records.get(next).arrival() : null;
        return new ShardSlice(List.copyOf(batch), next, oldestUnread);
    }

    /** The tip of the shard: where a LATEST iterator starts. */
    synchronized int size() {
        return records.size();
    }

    /** Position of the record with this sequence number, or of the first one after it: AT_SEQUENCE_NUMBER. */
    synchronized int positionAt(SequenceNumber sequenceNumber) {
        return firstPosition(record -> record.sequenceNumber().compareTo(sequenceNumber) >= 0);
    }

    /** Position of the first record after this sequence number: AFTER_SEQUENCE_NUMBER. */
    synchronized int positionAfter(SequenceNumber sequenceNumber) {
        return firstPosition(record -> record.sequenceNumber().compareTo(sequenceNumber) > 0);
    }

    /**
     * Binary search for the first record that passes {@code test}, or the tip if none does. Valid
     * because the list is sorted by sequence number (see the class comment), so once a record
     * passes a "sequence number at least / greater than" test, every later one does.
     */
    private int firstPosition(Predicate<StoredRecord> test) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (test.test(records.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Position of the first record that arrived at or after {@code timestamp}, or the tip: AT_TIMESTAMP. */
    synchronized int positionAt(Instant timestamp) {
        // A straight scan: arrival times come from a clock that tests may move backwards, so they
        // are not guaranteed to be sorted the way sequence numbers are.
        for (int position = 0; position < records.size(); position++) {
            if (!records.get(position).arrival().isBefore(timestamp)) {
                return position;
            }
        }
        return records.size();
    }

    synchronized ShardPosition position() {
        String last = records.isEmpty() ? null : records.get(records.size() - 1).sequenceNumber().toString();
        return new ShardPosition(shardId, last, records.size());
    }

    /** The SDK's description of the shard. Shards are never split or merged: no parents, no end. */
    Shard toSdk() {
        return Shard.builder()
                .shardId(shardId)
                .hashKeyRange(hashRange.toSdk())
                .sequenceNumberRange(SequenceNumberRange.builder()
                        .startingSequenceNumber(SequenceNumber.startOf(index).toString())
                        .build())
                .build();
    }
}
