/**
 * Amazon Kinesis Data Streams in memory, for the local cloud: {@link workshop.localcloud.kinesis.LocalKinesis}
 * implements the SDK's {@code KinesisClient}, so handlers and the event-source-mapping poller use it
 * as they would use the real service.
 *
 * <p>How it is built, smallest part first: {@code HashKeySpace} maps partition keys to hash keys
 * and splits the space into {@code HashRange}s; a {@code LocalShard} is an ordered list of
 * {@code StoredRecord}s numbered by {@code SequenceNumber}; a {@code LocalStream} routes records to
 * its shards; the {@code StreamRegistry} holds the streams of the account. {@code RecordLimits} and
 * {@code ModelConstraints} check requests as AWS does, and {@code KinesisErrors} builds the
 * exceptions AWS would return. {@code ShardIterator} and {@code ListShardsToken} are the opaque
 * tokens handed to clients.
 */
package workshop.localcloud.kinesis;
