package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** What the Kinesis tests share: the account, and reading whole shards through the public API. */
final class KinesisTestSupport {

    static final String REGION = "eu-west-1";
    static final String ACCOUNT = "123456789012";
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private KinesisTestSupport() {
    }

    static LocalKinesis kinesisWithStream(MutableClock clock, String streamName, int shardCount) {
        LocalKinesis kinesis = new LocalKinesis(REGION, ACCOUNT, clock);
        kinesis.createStream(b -> b.streamName(streamName).shardCount(shardCount));
        return kinesis;
    }

    static SdkBytes bytes(String text) {
        return SdkBytes.fromString(text, StandardCharsets.UTF_8);
    }

    static String text(Record record) {
        return record.data().asUtf8String();
    }

    /** Every record of one shard, oldest first, read with GetRecords until it has caught up. */
    static List<Record> readShard(KinesisClient kinesis, String streamName, String shardId) {
        String iterator = kinesis.getShardIterator(b -> b.streamName(streamName).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        return readFrom(kinesis, iterator);
    }

    /** Every record from an iterator on, until GetRecords returns an empty page. */
    static List<Record> readFrom(KinesisClient kinesis, String shardIterator) {
        List<Record> records = new ArrayList<>();
        String iterator = shardIterator;
        while (true) {
            String current = iterator;
            GetRecordsResponse page = kinesis.getRecords(b -> b.shardIterator(current));
            if (page.records().isEmpty()) {
                return records;
            }
            records.addAll(page.records());
            iterator = page.nextShardIterator();
        }
    }

    /** Every record of the stream, per shard id, shards in order. */
    static Map<String, List<Record>> readStream(KinesisClient kinesis, String streamName) {
        Map<String, List<Record>> byShard = new LinkedHashMap<>();
        for (Shard shard : kinesis.listShards(b -> b.streamName(streamName)).shards()) {
            byShard.put(shard.shardId(), readShard(kinesis, streamName, shard.shardId()));
        }
        return byShard;
    }

    static long storedCount(LocalKinesis kinesis, String streamName) {
        return kinesis.positions(streamName).stream().mapToLong(ShardPosition::recordCount).sum();
    }

    /**
     * Runs {@code call}, expects it to fail as the SDK reports an error of the Kinesis service, and
     * returns the exception for further checks.
     */
    static <E extends AwsServiceException> E expectError(Class<E> type, String errorCode, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        E error = type.cast(thrown);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        assertThat(error.awsErrorDetails().serviceName()).isEqualTo("Kinesis");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(400);
        return error;
    }
}
