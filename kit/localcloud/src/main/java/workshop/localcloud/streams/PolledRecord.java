package workshop.localcloud.streams;

import java.time.Instant;

/**
 * One stream record as the poller handles it: its shard and position, and the record as the
 * stream API returned it. The function's event is built afresh from {@code sourceRecord} for every
 * invocation, as Lambda deserialises a fresh event each time (a handler that reads a record's
 * {@code ByteBuffer} must find it whole again on a retry).
 */
public record PolledRecord(String shardId, String sequenceNumber, Instant approximateArrival, Object sourceRecord) {
}
