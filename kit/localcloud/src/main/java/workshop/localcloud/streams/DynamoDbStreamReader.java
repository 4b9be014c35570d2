package workshop.localcloud.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a DynamoDB table's stream through the DynamoDB Streams API of DynamoDB Local and builds
 * {@link DynamodbEvent}s.
 *
 * <p>serverless.yml names the stream by an ARN whose label is only known once the table exists
 * (on AWS it is a creation timestamp), so the reader takes the table name from the ARN and asks
 * DynamoDB for the table's current stream.
 */
public final class DynamoDbStreamReader implements StreamReader {

    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final String region;

    public DynamoDbStreamReader(DynamoDbClient dynamoDb, DynamoDbStreamsClient streams, String configuredArn,
                                String region) {
        this.streams = streams;
        this.region = region;
        String tableName = tableNameOf(configuredArn);
        String latest = dynamoDb.describeTable(request -> request.tableName(tableName)).table().latestStreamArn();
        if (latest == null) {
            throw new IllegalArgumentException("table '" + tableName + "' has no stream: add a StreamSpecification "
                    + "(e.g. StreamViewType: NEW_AND_OLD_IMAGES) to its resource");
        }
        this.streamArn = latest;
    }

    /** {@code arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>} → {@code <name>}. */
    public static String tableNameOf(String streamArn) {
        int start = streamArn.indexOf(":table/");
        int end = streamArn.indexOf("/stream/");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("'" + streamArn + "' is not a DynamoDB stream ARN "
                    + "(arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>)");
        }
        return streamArn.substring(start + ":table/".length(), end);
    }

    @Override
    public String streamArn() {
        return streamArn;
    }

    @Override
    public List<String> shardIds() {
        return streams.describeStream(request -> request.streamArn(streamArn)).streamDescription().shards().stream()
                .filter(shard -> shard.sequenceNumberRange().endingSequenceNumber() == null)
                .map(Shard::shardId)
                .toList();
    }

    @Override
    public ShardCursor open(String shardId, String startingPosition) {
        return new Cursor(shardId, ShardIteratorType.fromValue(startingPosition));
    }

    @Override
    public Object eventOf(List<PolledRecord> batch) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(batch.stream().map(this::eventRecord).toList());
        return event;
    }

    @Override
    public Class<?> eventType() {
        return DynamodbEvent.class;
    }

    @Override
    public String batchInfoKey() {
        return "DDBStreamBatchInfo";
    }

    private DynamodbEvent.DynamodbStreamRecord eventRecord(PolledRecord polled) {
        Record source = (Record) polled.sourceRecord();
        software.amazon.awssdk.services.dynamodb.model.StreamRecord change = source.dynamodb();
        StreamRecord dynamodb = new StreamRecord();
        dynamodb.setApproximateCreationDateTime(Date.from(creationTime(change.approximateCreationDateTime())));
        dynamodb.setKeys(StreamAttributeValues.toEventModel(change.keys()));
        if (change.hasNewImage()) {
            dynamodb.setNewImage(StreamAttributeValues.toEventModel(change.newImage()));
        }
        if (change.hasOldImage()) {
            dynamodb.setOldImage(StreamAttributeValues.toEventModel(change.oldImage()));
        }
        dynamodb.setSequenceNumber(change.sequenceNumber());
        dynamodb.setSizeBytes(change.sizeBytes());
        dynamodb.setStreamViewType(StreamViewType.fromValue(change.streamViewTypeAsString()));

        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(source.eventID());
        record.setEventName(source.eventNameAsString());
        record.setEventVersion("1.1");
        record.setEventSource("aws:dynamodb");
        record.setAwsRegion(region);
        record.setEventSourceARN(streamArn);
        record.setDynamodb(dynamodb);
        return record;
    }

    /**
     * DynamoDB Local 2.6.1 reports stream record times as milliseconds read as seconds (the year
     * comes out near 58,000); the real time is recovered from such values, sane ones pass as they are.
     */
    static Instant creationTime(Instant reported) {
        return reported.isAfter(FAR_FUTURE) ? Instant.ofEpochMilli(reported.getEpochSecond()) : reported;
    }

    /**
     * One shard, read forward. DynamoDB closes shards and opens child shards as it goes; when this
     * shard is closed and read to its end, the cursor continues on its child.
     */
    private final class Cursor implements ShardCursor {

        private String shardId;
        private String iterator;
        private String lastSequenceNumber;

        Cursor(String shardId, ShardIteratorType startingPosition) {
            this.shardId = shardId;
            this.iterator = iteratorFor(shardId, startingPosition);
        }

        @Override
        public List<PolledRecord> next(int limit) {
            if (iterator == null && !moveToChildShard()) {
                return List.of();
            }
            GetRecordsResponse response;
            try {
                response = streams.getRecords(request -> request.shardIterator(iterator).limit(limit));
            } catch (TrimmedDataAccessException e) {
                // The iterator points before the oldest record the shard still has. DynamoDB Local
                // also says so for a shard of a table not written yet. As Lambda does, carry on from
                // the oldest record kept (or after the last one read); the next read uses it.
                iterator = lastSequenceNumber == null
                        ? iteratorFor(shardId, ShardIteratorType.TRIM_HORIZON)
                        : iteratorAfter(lastSequenceNumber);
                return List.of();
            }
            iterator = response.nextShardIterator();
            List<PolledRecord> records = new ArrayList<>();
            String currentShard = shardId;
            for (Record record : response.records()) {
                records.add(new PolledRecord(currentShard, record.dynamodb().sequenceNumber(),
                        creationTime(record.dynamodb().approximateCreationDateTime()), record));
                lastSequenceNumber = record.dynamodb().sequenceNumber();
            }
            return records;
        }

        private String iteratorAfter(String sequenceNumber) {
            return streams.getShardIterator(request -> request.streamArn(streamArn).shardId(shardId)
                    .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                    .sequenceNumber(sequenceNumber)).shardIterator();
        }

        private boolean moveToChildShard() {
            String parent = shardId;
            return streams.describeStream(request -> request.streamArn(streamArn)).streamDescription().shards()
                    .stream()
                    .filter(shard -> parent.equals(shard.parentShardId()))
                    .findFirst()
                    .map(child -> {
                        shardId = child.shardId();
                        lastSequenceNumber = null;
                        iterator = iteratorFor(shardId, ShardIteratorType.TRIM_HORIZON);
                        return true;
                    })
                    .orElse(false);
        }

        private String iteratorFor(String shard, ShardIteratorType type) {
            return streams.getShardIterator(request -> request.streamArn(streamArn).shardId(shard)
                    .shardIteratorType(type)).shardIterator();
        }
    }
}
