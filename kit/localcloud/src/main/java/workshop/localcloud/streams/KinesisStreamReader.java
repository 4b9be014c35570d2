package workshop.localcloud.streams;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.nio.ByteBuffer;
import java.util.Date;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads a Kinesis stream through the Kinesis API (ListShards, GetShardIterator, GetRecords), as
 * Lambda's pollers do, and builds {@link KinesisEvent}s.
 */
public final class KinesisStreamReader implements StreamReader {

    private final KinesisClient kinesis;
    private final String streamArn;
    private final String region;
    private final String invokeIdentityArn;

    public KinesisStreamReader(KinesisClient kinesis, String streamArn, String region, String accountId) {
        this.kinesis = kinesis;
        this.streamArn = streamArn;
        this.region = region;
        this.invokeIdentityArn = "arn:aws:iam::" + accountId + ":role/lambda-execution-role";
    }

    @Override
    public String streamArn() {
        return streamArn;
    }

    @Override
    public List<String> shardIds() {
        return kinesis.listShards(request -> request.streamARN(streamArn)).shards().stream()
                .map(Shard::shardId)
                .toList();
    }

    @Override
    public ShardCursor open(String shardId, String startingPosition) {
        return new Cursor(shardId, ShardIteratorType.fromValue(startingPosition));
    }

    @Override
    public Object eventOf(List<PolledRecord> batch) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(batch.stream().map(this::eventRecord).toList());
        return event;
    }

    @Override
    public Class<?> eventType() {
        return KinesisEvent.class;
    }

    @Override
    public String batchInfoKey() {
        return "KinesisBatchInfo";
    }

    private KinesisEvent.KinesisEventRecord eventRecord(PolledRecord polled) {
        Record source = (Record) polled.sourceRecord();
        KinesisEvent.Record kinesis = new KinesisEvent.Record();
        kinesis.setKinesisSchemaVersion("1.0");
        kinesis.setPartitionKey(source.partitionKey());
        kinesis.setSequenceNumber(source.sequenceNumber());
        kinesis.setData(ByteBuffer.wrap(source.data().asByteArray()));
        kinesis.setApproximateArrivalTimestamp(Date.from(source.approximateArrivalTimestamp()));

        KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
        record.setKinesis(kinesis);
        record.setEventSource("aws:kinesis");
        record.setEventVersion("1.0");
        record.setEventID(polled.shardId() + ":" + source.sequenceNumber());
        record.setEventName("aws:kinesis:record");
        record.setInvokeIdentityArn(invokeIdentityArn);
        record.setAwsRegion(region);
        record.setEventSourceARN(streamArn);
        return record;
    }

    /** One shard, read forward with GetRecords; an expired iterator is renewed after the last record read. */
    private final class Cursor implements ShardCursor {

        private final String shardId;
        private final ShardIteratorType startingPosition;
        private String iterator;
        private String lastSequenceNumber;

        Cursor(String shardId, ShardIteratorType startingPosition) {
            this.shardId = shardId;
            this.startingPosition = startingPosition;
            this.iterator = newIterator();
        }

        @Override
        public List<PolledRecord> next(int limit) {
            GetRecordsResponse response;
            try {
                response = read(limit);
            } catch (ExpiredIteratorException e) {
                iterator = newIterator();
                response = read(limit);
            }
            iterator = response.nextShardIterator();
            List<PolledRecord> records = response.records().stream()
                    .map(record -> new PolledRecord(shardId, record.sequenceNumber(),
                            record.approximateArrivalTimestamp(), record))
                    .toList();
            if (!records.isEmpty()) {
                lastSequenceNumber = records.get(records.size() - 1).sequenceNumber();
            }
            return records;
        }

        private GetRecordsResponse read(int limit) {
            return kinesis.getRecords(request -> request.shardIterator(iterator).limit(limit).streamARN(streamArn));
        }

        private String newIterator() {
            if (lastSequenceNumber == null) {
                return kinesis.getShardIterator(request -> request.streamARN(streamArn).shardId(shardId)
                        .shardIteratorType(startingPosition)).shardIterator();
            }
            return kinesis.getShardIterator(request -> request.streamARN(streamArn).shardId(shardId)
                    .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                    .startingSequenceNumber(lastSequenceNumber)).shardIterator();
        }
    }
}
