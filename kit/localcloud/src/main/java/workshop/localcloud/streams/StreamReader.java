package workshop.localcloud.streams;

import java.util.List;

/**
 * What an event source mapping needs from a stream, for Kinesis and DynamoDB Streams alike: its
 * shards, a cursor per shard, and how a batch becomes the function's event.
 */
public interface StreamReader {

    String streamArn();

    /** The shards to read now. */
    List<String> shardIds();

    /** A cursor on one shard at the mapping's starting position ({@code TRIM_HORIZON} or {@code LATEST}). */
    ShardCursor open(String shardId, String startingPosition);

    /** The event the function receives for this batch: a {@code KinesisEvent} or a {@code DynamodbEvent}. */
    Object eventOf(List<PolledRecord> batch);

    /** The class of that event, to check the handler accepts it before anything runs. */
    Class<?> eventType();

    /** The key of the batch description in an on-failure record: {@code KinesisBatchInfo} or {@code DDBStreamBatchInfo}. */
    String batchInfoKey();

    /** Reads one shard forward. */
    interface ShardCursor {

        /** Up to {@code limit} records after the last ones returned; empty when there are none yet. */
        List<PolledRecord> next(int limit);
    }
}
