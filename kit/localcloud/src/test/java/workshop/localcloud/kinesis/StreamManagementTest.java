package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static workshop.localcloud.kinesis.KinesisTestSupport.ACCOUNT;
import static workshop.localcloud.kinesis.KinesisTestSupport.REGION;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamResponse;
import software.amazon.awssdk.services.kinesis.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.kinesis.model.StreamSummary;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

class StreamManagementTest {

    private static final String ORDERS_ARN = "arn:aws:kinesis:eu-west-1:123456789012:stream/orders";

    private final MutableClock clock = new MutableClock(START);
    private final LocalKinesis kinesis = new LocalKinesis(REGION, ACCOUNT, clock);

    @Test
    void aNewStreamIsActiveAtOnceAndDescribesItselfAsAwsDoes() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(3));

        StreamDescription description = kinesis.describeStream(b -> b.streamName("orders")).streamDescription();
        StreamDescriptionSummary summary = kinesis.describeStreamSummary(b -> b.streamName("orders"))
                .streamDescriptionSummary();

        assertThat(description.streamARN()).isEqualTo(ORDERS_ARN);
        assertThat(description.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(description.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(description.shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000000", "shardId-000000000001", "shardId-000000000002");
        assertThat(description.shards()).allSatisfy(shard -> {
            assertThat(shard.sequenceNumberRange().startingSequenceNumber()).matches("\\d{56}");
            assertThat(shard.sequenceNumberRange().endingSequenceNumber()).as("open").isNull();
            assertThat(shard.parentShardId()).isNull();
        });
        assertThat(description.hasMoreShards()).isFalse();
        assertThat(description.retentionPeriodHours()).isEqualTo(24);
        assertThat(description.streamCreationTimestamp()).isEqualTo(START);
        assertThat(summary.openShardCount()).isEqualTo(3);
        assertThat(summary.streamARN()).isEqualTo(ORDERS_ARN);
        assertThat(summary.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
    }

    @Test
    void anOnDemandStreamStartsWithFourShards() {
        kinesis.createStream(b -> b.streamName("orders").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

        StreamDescriptionSummary summary = kinesis.describeStreamSummary(b -> b.streamName("orders"))
                .streamDescriptionSummary();

        assertThat(summary.openShardCount()).isEqualTo(4);
        assertThat(summary.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
    }

    @Test
    void refusesBadCreateStreamRequests() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));

        ResourceInUseException duplicate = expectError(ResourceInUseException.class, "ResourceInUseException",
                () -> kinesis.createStream(b -> b.streamName("orders").shardCount(1)));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.createStream(b -> b.streamName("no-shard-count")));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.createStream(b -> b.streamName("zero").shardCount(0)));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.createStream(b -> b.streamName("has spaces").shardCount(1)));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.createStream(b -> b.shardCount(1)));
        expectError(LimitExceededException.class, "LimitExceededException",
                () -> kinesis.createStream(b -> b.streamName("huge").shardCount(StreamRegistry.ACCOUNT_SHARD_QUOTA)));

        assertThat(duplicate.awsErrorDetails().errorMessage())
                .isEqualTo("Stream orders under account 123456789012 already exists.");
        assertThat(kinesis.listStreams().streamNames()).containsExactly("orders");
    }

    @Test
    void acceptsTheStreamArnWhereverItAcceptsTheName() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));

        String shardId = kinesis.putRecord(b -> b.streamARN(ORDERS_ARN).partitionKey("k").data(bytes("x"))).shardId();
        kinesis.putRecords(b -> b.streamARN(ORDERS_ARN).streamName("orders")
                .records(r -> r.partitionKey("k").data(bytes("y"))));
        String iterator = kinesis.getShardIterator(b -> b.streamARN(ORDERS_ARN).shardId(shardId)
                .shardIteratorType("TRIM_HORIZON")).shardIterator();

        assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records()).hasSize(2);
        assertThat(kinesis.describeStream(b -> b.streamARN(ORDERS_ARN)).streamDescription().streamName())
                .isEqualTo("orders");
        assertThat(kinesis.listShards(b -> b.streamARN(ORDERS_ARN)).shards()).hasSize(1);
    }

    @Test
    void refusesArnsThatNameAnotherStreamAccountOrNothing() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));

        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.describeStream(b -> b.streamName("payments").streamARN(ORDERS_ARN)));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.describeStream(b -> b.streamARN("arn:aws:kinesis:eu-west-1:999999999999:stream/orders")));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.describeStream(b -> b.streamARN("arn:aws:kinesis:us-east-1:123456789012:stream/orders")));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.describeStream(b -> b.streamARN("orders")));
        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.describeStream(b -> { }));
    }

    @Test
    void deletingAStreamRemovesItAndItsRecordsAtOnce() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));
        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));

        kinesis.deleteStream(b -> b.streamName("orders"));

        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.describeStreamSummary(b -> b.streamName("orders")));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.deleteStream(b -> b.streamName("orders")));
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));
        assertThat(kinesis.positions("orders")).singleElement()
                .satisfies(position -> assertThat(position.recordCount()).isZero());
    }

    @Test
    void listsStreamsByNameAPageAtATime() {
        for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
            kinesis.createStream(b -> b.streamName(name).shardCount(1));
        }

        ListStreamsResponse first = kinesis.listStreams(b -> b.limit(2));
        ListStreamsResponse second = kinesis.listStreams(b -> b.limit(2).nextToken(first.nextToken()));
        ListStreamsResponse last = kinesis.listStreams(b -> b.limit(2).nextToken(second.nextToken()));
        ListStreamsResponse afterCharlie = kinesis.listStreams(b -> b.exclusiveStartStreamName("charlie"));

        assertThat(first.streamNames()).containsExactly("alpha", "bravo");
        assertThat(first.hasMoreStreams()).isTrue();
        assertThat(second.streamNames()).containsExactly("charlie", "delta");
        assertThat(last.streamNames()).containsExactly("echo");
        assertThat(last.hasMoreStreams()).isFalse();
        assertThat(last.nextToken()).isNull();
        assertThat(afterCharlie.streamNames()).containsExactly("delta", "echo");
        assertThat(first.streamSummaries()).extracting(StreamSummary::streamARN, StreamSummary::streamStatus)
                .containsExactly(
                        tuple("arn:aws:kinesis:eu-west-1:123456789012:stream/alpha",
                                StreamStatus.ACTIVE),
                        tuple("arn:aws:kinesis:eu-west-1:123456789012:stream/bravo",
                                StreamStatus.ACTIVE));
    }

    @Test
    void listsShardsAPageAtATimeWithATokenThatExpires() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(5));

        ListShardsResponse first = kinesis.listShards(b -> b.streamName("orders").maxResults(2));
        ListShardsResponse second = kinesis.listShards(b -> b.nextToken(first.nextToken()).maxResults(2));
        ListShardsResponse third = kinesis.listShards(b -> b.nextToken(second.nextToken()).maxResults(2));

        assertThat(first.shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000000", "shardId-000000000001");
        assertThat(second.shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000002", "shardId-000000000003");
        assertThat(third.shards()).extracting(Shard::shardId).containsExactly("shardId-000000000004");
        assertThat(third.nextToken()).isNull();

        expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.listShards(b -> b.streamName("orders").nextToken(first.nextToken())));
        clock.advance(Duration.ofSeconds(301));
        expectError(ExpiredNextTokenException.class, "ExpiredNextTokenException",
                () -> kinesis.listShards(b -> b.nextToken(first.nextToken())));
    }

    @Test
    void listsShardsAfterAGivenShard() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(4));

        List<String> afterExclusiveStart = kinesis.listShards(b -> b.streamName("orders")
                .exclusiveStartShardId("shardId-000000000001")).shards().stream().map(Shard::shardId).toList();
        List<String> afterFilter = kinesis.listShards(b -> b.streamName("orders")
                .shardFilter(f -> f.type(ShardFilterType.AFTER_SHARD_ID).shardId("shardId-000000000002")))
                .shards().stream().map(Shard::shardId).toList();
        List<String> atTrimHorizon = kinesis.listShards(b -> b.streamName("orders")
                .shardFilter(f -> f.type(ShardFilterType.AT_TRIM_HORIZON))).shards().stream().map(Shard::shardId).toList();

        assertThat(afterExclusiveStart).containsExactly("shardId-000000000002", "shardId-000000000003");
        assertThat(afterFilter).containsExactly("shardId-000000000003");
        assertThat(atTrimHorizon).hasSize(4);
    }

    @Test
    void describeStreamPagesThroughShardsToo() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(3));

        DescribeStreamResponse first = kinesis.describeStream(b -> b.streamName("orders").limit(2));
        DescribeStreamResponse rest = kinesis.describeStream(b -> b.streamName("orders")
                .exclusiveStartShardId("shardId-000000000001"));

        assertThat(first.streamDescription().shards()).hasSize(2);
        assertThat(first.streamDescription().hasMoreShards()).isTrue();
        assertThat(rest.streamDescription().shards()).extracting(Shard::shardId).containsExactly("shardId-000000000002");
        assertThat(rest.streamDescription().hasMoreShards()).isFalse();
    }

    @Test
    void positionsShowEachShardsNewestSequenceNumberAndCount() {
        kinesis.createStream(b -> b.streamName("orders").shardCount(4));
        // "a" hashes into the first shard, "abc" into the third (see HashRoutingTest).
        kinesis.putRecord(b -> b.streamName("orders").partitionKey("a").data(bytes("1")));
        String newest = kinesis.putRecord(b -> b.streamName("orders").partitionKey("a").data(bytes("2")))
                .sequenceNumber();
        String onlyInThird = kinesis.putRecord(b -> b.streamName("orders").partitionKey("abc").data(bytes("3")))
                .sequenceNumber();

        assertThat(kinesis.positions("orders")).containsExactly(
                new ShardPosition("shardId-000000000000", newest, 2),
                new ShardPosition("shardId-000000000001", null, 0),
                new ShardPosition("shardId-000000000002", onlyInThird, 1),
                new ShardPosition("shardId-000000000003", null, 0));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", () -> kinesis.positions("missing"));
    }

    @Test
    void errorsCarryWhatTheSdkReportsForARealResponse() {
        ResourceNotFoundException error = expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.describeStream(b -> b.streamName("missing")));

        assertThat(error.requestId()).isNotBlank();
        assertThat(error.getMessage()).startsWith("Stream missing under account 123456789012 not found.")
                .contains("Service: Kinesis", "Status Code: 400");
    }

    @Test
    void isAKinesisClientForTheSdk() {
        KinesisClient client = kinesis;

        assertThat(client.serviceName()).isEqualTo("kinesis");
        assertThat(client.serviceClientConfiguration().region().id()).isEqualTo(REGION);
        client.close();
        client.createStream(b -> b.streamName("still-usable").shardCount(1));
        assertThat(client.listStreams().streamNames()).containsExactly("still-usable");
    }
}
