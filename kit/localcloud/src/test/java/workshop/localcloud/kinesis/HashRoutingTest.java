package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static workshop.localcloud.kinesis.KinesisTestSupport.ACCOUNT;
import static workshop.localcloud.kinesis.KinesisTestSupport.REGION;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.readShard;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.kinesis.model.HashKeyRange;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

class HashRoutingTest {

    private static final BigInteger TWO_TO_THE_128 = BigInteger.TWO.pow(128);

    private final MutableClock clock = new MutableClock(START);

    /**
     * The MD5 digests are the test vectors of RFC 1321, written out here rather than computed, so
     * this test does not share code or mistakes with the implementation. With four shards each
     * owns a quarter of the space, so the first hex digit of the digest picks the shard: 0-3 the
     * first, 4-7 the second, 8-b the third, c-f the fourth.
     */
    @ParameterizedTest
    @CsvSource({
            "a,              0cc175b9c0f1b6a831c399e269772661, shardId-000000000000",
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890,"
                    + " 57edf4a22be3c955ac49da2e2107b67a, shardId-000000000001",
            "abc,            900150983cd24fb0d6963f7d28e17f72, shardId-000000000002",
            "message digest, f96b697d7cb7938d525a2f31aaf161d0, shardId-000000000003",
    })
    void routesByMd5OfThePartitionKey(String partitionKey, String md5Hex, String expectedShard) {
        assertThat(HashKeySpace.md5(partitionKey)).isEqualTo(new BigInteger(md5Hex, 16));

        LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "orders", 4);
        String shardId = kinesis.putRecord(b -> b.streamName("orders").partitionKey(partitionKey).data(bytes("x")))
                .shardId();

        assertThat(shardId).isEqualTo(expectedShard);
        assertThat(readShard(kinesis, "orders", expectedShard)).singleElement()
                .satisfies(record -> assertThat(record.partitionKey()).isEqualTo(partitionKey));
    }

    @Test
    void everyKeyLandsInTheShardWhoseRangeHoldsItsMd5() throws Exception {
        LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "orders", 7);
        List<Shard> shards = kinesis.listShards(b -> b.streamName("orders")).shards();
        MessageDigest md5 = MessageDigest.getInstance("MD5");

        for (int i = 0; i < 200; i++) {
            String key = "customer-" + i;
            BigInteger hashKey = new BigInteger(1, md5.digest(key.getBytes(StandardCharsets.UTF_8)));
            String expected = shards.stream()
                    .filter(shard -> contains(shard.hashKeyRange(), hashKey))
                    .findFirst().orElseThrow().shardId();

            String actual = kinesis.putRecord(b -> b.streamName("orders").partitionKey(key).data(bytes(key))).shardId();

            assertThat(actual).as("shard of %s", key).isEqualTo(expected);
        }
    }

    @Test
    void explicitHashKeyOverridesThePartitionKey() {
        LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "orders", 4);
        String lowest = "0";
        String highest = TWO_TO_THE_128.subtract(BigInteger.ONE).toString();
        String firstOfSecondShard = TWO_TO_THE_128.divide(BigInteger.valueOf(4)).toString();

        // "message digest" alone would go to the last shard (see above).
        assertThat(putWithHashKey(kinesis, "message digest", lowest)).isEqualTo("shardId-000000000000");
        assertThat(putWithHashKey(kinesis, "a", highest)).isEqualTo("shardId-000000000003");
        assertThat(putWithHashKey(kinesis, "a", firstOfSecondShard)).isEqualTo("shardId-000000000001");

        assertThat(readShard(kinesis, "orders", "shardId-000000000000")).extracting(r -> text(r))
                .containsExactly("via " + lowest);
    }

    @Test
    void refusesAnExplicitHashKeyOutsideTheSpaceOrNotADecimal() {
        LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "orders", 4);

        InvalidArgumentException tooLarge = expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> putWithHashKey(kinesis, "a", TWO_TO_THE_128.toString()));
        assertThat(tooLarge.awsErrorDetails().errorMessage())
                .startsWith("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1].");

        expectError(ValidationException.class, "ValidationException", () -> putWithHashKey(kinesis, "a", "-1"));
        expectError(ValidationException.class, "ValidationException", () -> putWithHashKey(kinesis, "a", "0x10"));
        expectError(ValidationException.class, "ValidationException", () -> putWithHashKey(kinesis, "a", "007"));
        assertThat(KinesisTestSupport.storedCount(kinesis, "orders")).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 10, 16, 100})
    void shardRangesCoverTheWholeHashKeySpaceEvenlyWithoutGapsOrOverlaps(int shardCount) {
        LocalKinesis kinesis = new LocalKinesis(REGION, ACCOUNT, clock);
        kinesis.createStream(b -> b.streamName("s").shardCount(shardCount));

        List<HashKeyRange> ranges = kinesis.listShards(b -> b.streamName("s")).shards().stream()
                .map(Shard::hashKeyRange).toList();

        assertThat(ranges).hasSize(shardCount);
        assertThat(ranges.get(0).startingHashKey()).isEqualTo("0");
        assertThat(ranges.get(shardCount - 1).endingHashKey()).isEqualTo(TWO_TO_THE_128.subtract(BigInteger.ONE).toString());
        BigInteger fairShare = TWO_TO_THE_128.divide(BigInteger.valueOf(shardCount));
        for (int i = 0; i < shardCount; i++) {
            BigInteger start = new BigInteger(ranges.get(i).startingHashKey());
            BigInteger end = new BigInteger(ranges.get(i).endingHashKey());
            BigInteger size = end.subtract(start).add(BigInteger.ONE);
            // Even: each range holds the fair share; the last one also the remainder (< shardCount keys).
            assertThat(size.subtract(fairShare)).isBetween(BigInteger.ZERO, BigInteger.valueOf(shardCount - 1));
            if (i > 0) {
                BigInteger previousEnd = new BigInteger(ranges.get(i - 1).endingHashKey());
                assertThat(start).as("start of shard %d", i).isEqualTo(previousEnd.add(BigInteger.ONE));
            }
        }
    }

    /** The ranges AWS gives a new stream of three shards (as DescribeStream prints them). */
    @Test
    void writesRangesAsAwsDoesForThreeShards() {
        LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(clock, "s", 3);

        List<HashKeyRange> ranges = kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards().stream()
                .map(Shard::hashKeyRange).toList();

        assertThat(ranges).extracting(HashKeyRange::startingHashKey, HashKeyRange::endingHashKey).containsExactly(
                tuple("0", "113427455640312821154458202477256070484"),
                tuple("113427455640312821154458202477256070485",
                        "226854911280625642308916404954512140969"),
                tuple("226854911280625642308916404954512140970",
                        "340282366920938463463374607431768211455"));
    }

    private static String putWithHashKey(LocalKinesis kinesis, String partitionKey, String explicitHashKey) {
        return kinesis.putRecord(b -> b.streamName("orders").partitionKey(partitionKey).explicitHashKey(explicitHashKey)
                .data(bytes("via " + explicitHashKey))).shardId();
    }

    private static boolean contains(HashKeyRange range, BigInteger hashKey) {
        return hashKey.compareTo(new BigInteger(range.startingHashKey())) >= 0
                && hashKey.compareTo(new BigInteger(range.endingHashKey())) <= 0;
    }
}
