package workshop.localcloud.kinesis;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sequence number Kinesis gives a record when it stores it.
 *
 * <p>AWS sequence numbers are 56-digit decimal strings that clients must treat as opaque and compare
 * as (big) integers. Ours have the same shape: {@code 49}, then the record's arrival order in the
 * stream (38 digits), then the index of its shard (16 digits). Hence:
 * <ul>
 *   <li>they increase with arrival, so they increase within a shard as AWS guarantees;</li>
 *   <li>they are unique in the stream, because every record has its own arrival order;</li>
 *   <li>a sequence number says which shard it came from, so {@code GetShardIterator} can refuse a
 *       sequence number of another shard, as AWS does.</li>
 * </ul>
 * Every number has the same width, so comparing the strings gives the same answer as comparing
 * the numbers.
 *
 * @param arrivalOrder 1 for the first record stored in the stream, 2 for the next, ...; 0 is the
 *                     start of a shard, before any record
 * @param shardIndex   the shard's position in the stream: 0 for {@code shardId-000000000000}
 */
record SequenceNumber(long arrivalOrder, int shardIndex) implements Comparable<SequenceNumber> {

    private static final String PREFIX = "49";
    private static final int ARRIVAL_DIGITS = 38;
    private static final int SHARD_DIGITS = 16;
    private static final Pattern SHAPE =
            Pattern.compile(PREFIX + "\\d{" + (ARRIVAL_DIGITS + SHARD_DIGITS) + "}");

    /** The sequence number before the first record of a shard: its {@code StartingSequenceNumber}. */
    static SequenceNumber startOf(int shardIndex) {
        return new SequenceNumber(0, shardIndex);
    }

    /** Reads a sequence number this class wrote; empty for anything else (AWS calls it invalid). */
    static Optional<SequenceNumber> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        int shardStart = PREFIX.length() + ARRIVAL_DIGITS;
        BigInteger arrivalOrder = new BigInteger(text.substring(PREFIX.length(), shardStart));
        BigInteger shardIndex = new BigInteger(text.substring(shardStart));
        if (arrivalOrder.bitLength() >= Long.SIZE || shardIndex.bitLength() >= Integer.SIZE) {
            return Optional.empty();
        }
        return Optional.of(new SequenceNumber(arrivalOrder.longValue(), shardIndex.intValue()));
    }

    @Override
    public int compareTo(SequenceNumber other) {
        int byArrival = Long.compare(arrivalOrder, other.arrivalOrder);
        return byArrival != 0 ? byArrival : Integer.compare(shardIndex, other.shardIndex);
    }

    @Override
    public String toString() {
        return PREFIX + String.format("%0" + ARRIVAL_DIGITS + "d%0" + SHARD_DIGITS + "d", arrivalOrder, shardIndex);
    }
}
