package workshop.router;

/** One record of a Kinesis batch, as the router needs it (no Lambda classes in the router's core). */
public record StreamRecord(String shardId, String sequenceNumber, String partitionKey, byte[] data) {
}
