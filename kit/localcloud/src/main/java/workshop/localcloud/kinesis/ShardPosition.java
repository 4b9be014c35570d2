package workshop.localcloud.kinesis;

/**
 * Where a shard stands, for the local cloud's admin view.
 *
 * @param shardId            e.g. {@code shardId-000000000000}
 * @param lastSequenceNumber the sequence number of the newest record, or null if the shard is empty
 * @param recordCount        how many records the shard holds
 */
public record ShardPosition(String shardId, String lastSequenceNumber, long recordCount) {
}
