package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.readFrom;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** Where each iterator type starts reading. One shard, so every record lands in it. */
class ShardIteratorTest {

    private static final String SHARD = "shardId-000000000000";

    private final MutableClock clock = new MutableClock(START);
    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "events", 1);

    @Test
    void trimHorizonReadsEveryRecordInOrder() {
        put("one");
        put("two");
        put("three");

        assertThat(readFrom(kinesis, iterator(b -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON))))
                .extracting(r -> text(r)).containsExactly("one", "two", "three");
    }

    @Test
    void latestSeesOnlyRecordsPutAfterIt() {
        put("before");
        String latest = iterator(b -> b.shardIteratorType(ShardIteratorType.LATEST));
        put("after 1");
        put("after 2");

        assertThat(readFrom(kinesis, latest)).extracting(r -> text(r)).containsExactly("after 1", "after 2");
    }

    @Test
    void atSequenceNumberStartsWithThatRecordAndAfterSequenceNumberWithTheNext() {
        put("one");
        String second = put("two").sequenceNumber();
        put("three");

        String at = iterator(b -> b.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).startingSequenceNumber(second));
        String after = iterator(b -> b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                .startingSequenceNumber(second));

        assertThat(readFrom(kinesis, at)).extracting(r -> text(r)).containsExactly("two", "three");
        assertThat(readFrom(kinesis, after)).extracting(r -> text(r)).containsExactly("three");
    }

    @Test
    void atTimestampStartsWithTheFirstRecordThatArrivedAtOrAfterIt() {
        put("at start");
        clock.advance(Duration.ofSeconds(10));
        Instant tenSecondsIn = clock.instant();
        put("ten seconds in");
        clock.advance(Duration.ofSeconds(10));
        put("twenty seconds in");

        String fromTen = iterator(b -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(tenSecondsIn));
        String fromFive = iterator(b -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP)
                .timestamp(START.plusSeconds(5)));
        String fromFuture = iterator(b -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP)
                .timestamp(START.plusSeconds(3600)));

        assertThat(readFrom(kinesis, fromTen)).extracting(r -> text(r))
                .containsExactly("ten seconds in", "twenty seconds in");
        assertThat(readFrom(kinesis, fromFive)).extracting(r -> text(r))
                .containsExactly("ten seconds in", "twenty seconds in");
        assertThat(readFrom(kinesis, fromFuture)).as("a timestamp in the future reads like LATEST").isEmpty();
    }

    @Test
    void recordsCarryTheirArrivalTimeFromTheClock() {
        put("first");
        clock.advance(Duration.ofMillis(1500));
        put("second");

        assertThat(readFrom(kinesis, iterator(b -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON))))
                .extracting(r -> r.approximateArrivalTimestamp())
                .containsExactly(START, START.plusMillis(1500));
    }

    @Test
    void sequenceNumbersIncreaseAndIteratorTypesRequireTheirArguments() {
        List<String> sequenceNumbers = List.of(put("a").sequenceNumber(), put("b").sequenceNumber(),
                put("c").sequenceNumber());

        assertThat(sequenceNumbers).allSatisfy(number -> assertThat(number).matches("\\d{56}"));
        assertThat(sequenceNumbers.stream().map(BigInteger::new).toList()).isSorted().doesNotHaveDuplicates();

        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> iterator(b -> b.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> iterator(b -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON)
                        .startingSequenceNumber(sequenceNumbers.get(0))));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> iterator(b -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP)));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> iterator(b -> b.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                        .startingSequenceNumber("12345")));
        expectError(ValidationException.class, "ValidationException",
                () -> iterator(b -> b.shardIteratorType("FROM_THE_MIDDLE")));
        expectError(ValidationException.class, "ValidationException", () -> iterator(b -> { }));
    }

    @Test
    void refusesASequenceNumberOfAnotherShard() {
        LocalKinesis twoShards = KinesisTestSupport.kinesisWithStream(clock, "two", 2);
        // "a" goes to the first of two shards, "abc" to the second (their MD5 starts with 0 and 9).
        String ofSecondShard = twoShards.putRecord(b -> b.streamName("two").partitionKey("abc").data(bytes("x")))
                .sequenceNumber();

        InvalidArgumentException error = expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> twoShards.getShardIterator(b -> b.streamName("two").shardId(SHARD)
                        .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).startingSequenceNumber(ofSecondShard)));

        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Invalid StartingSequenceNumber. It encodes "
                + "shardId-000000000001, while it was used in a call to a shard with shardId-000000000000");
    }

    @Test
    void refusesAShardThatDoesNotExist() {
        ResourceNotFoundException error = expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.getShardIterator(b -> b.streamName("events").shardId("shardId-000000000001")
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)));

        assertThat(error.awsErrorDetails().errorMessage())
                .isEqualTo("Shard shardId-000000000001 in stream events under account 123456789012 does not exist");
    }

    private PutRecordResponse put(String data) {
        return kinesis.putRecord(b -> b.streamName("events").partitionKey("k").data(bytes(data)));
    }

    private String iterator(Consumer<GetShardIteratorRequest.Builder> type) {
        return kinesis.getShardIterator(b -> b.streamName("events").shardId(SHARD).applyMutation(type)).shardIterator();
    }
}
