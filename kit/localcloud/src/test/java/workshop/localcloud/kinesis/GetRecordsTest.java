package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

class GetRecordsTest {

    private final MutableClock clock = new MutableClock(START);
    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "events", 1);

    @Test
    void pagesThroughTheShardWithLimitAndNextShardIterator() {
        for (int i = 0; i < 25; i++) {
            put("record " + i);
        }

        GetRecordsResponse first = kinesis.getRecords(b -> b.shardIterator(trimHorizon()).limit(10));
        GetRecordsResponse second = kinesis.getRecords(b -> b.shardIterator(first.nextShardIterator()).limit(10));
        GetRecordsResponse third = kinesis.getRecords(b -> b.shardIterator(second.nextShardIterator()).limit(10));
        GetRecordsResponse fourth = kinesis.getRecords(b -> b.shardIterator(third.nextShardIterator()).limit(10));

        assertThat(first.records()).extracting(r -> text(r)).startsWith("record 0").endsWith("record 9");
        assertThat(second.records()).extracting(r -> text(r)).startsWith("record 10").endsWith("record 19");
        assertThat(third.records()).extracting(r -> text(r)).startsWith("record 20").endsWith("record 24");
        assertThat(fourth.records()).isEmpty();
        assertThat(fourth.nextShardIterator()).as("an open shard always has a next iterator").isNotNull();
        assertThat(fourth.hasChildShards()).as("no resharding, so no child shards").isFalse();
    }

    @Test
    void anIteratorAtTheTipSeesRecordsPutLater() {
        GetRecordsResponse empty = kinesis.getRecords(b -> b.shardIterator(trimHorizon()));
        put("later");

        GetRecordsResponse next = kinesis.getRecords(b -> b.shardIterator(empty.nextShardIterator()));

        assertThat(empty.records()).isEmpty();
        assertThat(next.records()).extracting(r -> text(r)).containsExactly("later");
    }

    @Test
    void millisBehindLatestIsTheAgeOfTheOldestUnreadRecordAndZeroOnceCaughtUp() {
        put("old");
        put("older than the reader by two seconds");
        clock.advance(Duration.ofSeconds(2));

        GetRecordsResponse firstOnly = kinesis.getRecords(b -> b.shardIterator(trimHorizon()).limit(1));
        GetRecordsResponse rest = kinesis.getRecords(b -> b.shardIterator(firstOnly.nextShardIterator()));

        assertThat(firstOnly.millisBehindLatest()).isEqualTo(2000L);
        assertThat(rest.millisBehindLatest()).isZero();
    }

    @Test
    void returnsAtMostTenMebibytesPerCall() {
        // Eleven records of exactly 1 MiB each (data plus the one-byte partition key).
        SdkBytes oneMebibyteWithKey = SdkBytes.fromByteArray(new byte[1024 * 1024 - 1]);
        for (int i = 0; i < 11; i++) {
            kinesis.putRecord(b -> b.streamName("events").partitionKey("k").data(oneMebibyteWithKey));
        }

        GetRecordsResponse first = kinesis.getRecords(b -> b.shardIterator(trimHorizon()));
        GetRecordsResponse second = kinesis.getRecords(b -> b.shardIterator(first.nextShardIterator()));

        assertThat(first.records()).hasSize(10);
        assertThat(first.millisBehindLatest()).isZero(); // the clock did not move
        assertThat(second.records()).hasSize(1);
    }

    @Test
    void limitMustBeBetweenOneAnd10000() {
        put("x");
        String iterator = trimHorizon();

        ValidationException zero = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.getRecords(b -> b.shardIterator(iterator).limit(0)));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.getRecords(b -> b.shardIterator(iterator).limit(10_001)));

        assertThat(zero.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '0' at 'limit' "
                + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        assertThat(kinesis.getRecords(b -> b.shardIterator(iterator).limit(10_000)).records()).hasSize(1);
    }

    @Test
    void anIteratorExpiresFiveMinutesAfterItWasIssued() {
        put("x");
        String iterator = trimHorizon();
        String alsoIssuedAtStart = trimHorizon();

        clock.advance(Duration.ofMinutes(5));
        GetRecordsResponse justInTime = kinesis.getRecords(b -> b.shardIterator(iterator));
        clock.advance(Duration.ofMillis(1));
        ExpiredIteratorException expired = expectError(ExpiredIteratorException.class, "ExpiredIteratorException",
                () -> kinesis.getRecords(b -> b.shardIterator(alsoIssuedAtStart)));

        assertThat(justInTime.records()).hasSize(1);
        assertThat(expired.awsErrorDetails().errorMessage()).startsWith("Iterator expired.")
                .contains("tolerated delay of 300000 milliseconds");
    }

    @Test
    void theNextShardIteratorHasFiveMinutesOfItsOwn() {
        String iterator = trimHorizon();
        clock.advance(Duration.ofMinutes(4));
        String next = kinesis.getRecords(b -> b.shardIterator(iterator)).nextShardIterator();
        put("x");

        clock.advance(Duration.ofMinutes(4));

        assertThat(kinesis.getRecords(b -> b.shardIterator(next)).records()).hasSize(1);
    }

    @Test
    void refusesAnIteratorItDidNotIssue() {
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.getRecords(b -> b.shardIterator("AAAAAAAAAAGK9EEG0sJqVeCLGXQ0")));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.getRecords(b -> b.shardIterator("not base64 at all!")));
        expectError(ValidationException.class, "ValidationException", () -> kinesis.getRecords(b -> { }));
    }

    @Test
    void anIteratorOfADeletedStreamDoesNotReadAStreamCreatedAgainUnderItsName() {
        put("x");
        String iterator = trimHorizon();

        kinesis.deleteStream(b -> b.streamName("events"));
        ResourceNotFoundException deleted = expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.getRecords(b -> b.shardIterator(iterator)));
        kinesis.createStream(b -> b.streamName("events").shardCount(1));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.getRecords(b -> b.shardIterator(iterator)));

        assertThat(deleted.awsErrorDetails().errorMessage())
                .isEqualTo("Shard shardId-000000000000 in stream events under account 123456789012 does not exist");
    }

    private void put(String data) {
        kinesis.putRecord(b -> b.streamName("events").partitionKey("k").data(bytes(data)));
    }

    private String trimHorizon() {
        return kinesis.getShardIterator(b -> b.streamName("events").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    }
}
