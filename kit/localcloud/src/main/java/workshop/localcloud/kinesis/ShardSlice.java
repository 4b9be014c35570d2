package workshop.localcloud.kinesis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one read of a shard returned.
 *
 * @param records             the records, in sequence order
 * @param nextPosition        where the next read starts: just after the last record returned
 * @param oldestUnreadArrival arrival time of the first record not returned yet, or null if the
 *                            read reached the tip of the shard
 */
record ShardSlice(List<StoredRecord> records, int nextPosition, Instant oldestUnreadArrival) {

    /**
     * How far behind the tip of the shard a reader at {@link #nextPosition} is, as GetRecords'
     * {@code MillisBehindLatest} reports it: zero when it has caught up, else the age of the oldest
     * record it has not read yet.
     */
    long millisBehindLatest(Instant now) {
        if (oldestUnreadArrival == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldestUnreadArrival, now).toMillis());
    }
}
