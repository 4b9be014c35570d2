package workshop.localcloud.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import workshop.localcloud.functions.Invocation;
import workshop.localcloud.functions.LambdaFunction;
import workshop.localcloud.kinesis.LocalKinesis;

/** A Kinesis event source mapping on the in-memory Kinesis: order per shard under concurrent producers. */
class KinesisEventSourceMappingTest {

    private static final int PRODUCERS = 8;
    private static final int RECORDS_PER_PRODUCER = 250;

    private final LocalKinesis kinesis = new LocalKinesis("us-east-1", "000000000000", Clock.systemUTC());
    private final Wakeup wakeup = new Wakeup();
    private final Map<String, List<KinesisEvent.KinesisEventRecord>> deliveredByShard = new ConcurrentHashMap<>();
    private final CountDownLatch allDelivered = new CountDownLatch(PRODUCERS * RECORDS_PER_PRODUCER);
    private EventSourceMapping mapping;

    @BeforeEach
    void createStream() {
        kinesis.createStream(request -> request.streamName("orders").shardCount(4));
        kinesis.addRecordListener(stream -> wakeup.signal());
    }

    @AfterEach
    void stop() {
        if (mapping != null) {
            mapping.close();
        }
    }

    @Test
    void everyRecordArrivesOnceInShardOrderAndInProducerOrderPerPartitionKey() throws Exception {
        String streamArn = kinesis.describeStreamSummary(request -> request.streamName("orders"))
                .streamDescriptionSummary().streamARN();
        mapping = EventSourceMapping.start(recordingConsumer(), "arn:aws:lambda:us-east-1:000000000000:function:consumer",
                new KinesisStreamReader(kinesis, streamArn, "us-east-1", "000000000000"),
                new StreamMappingSettings(100, "TRIM_HORIZON", 0, false, false), null, RetryBackoff.none(),
                new StreamFaults(), wakeup, notice -> { }, Clock.systemUTC());

        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        for (int producer = 0; producer < PRODUCERS; producer++) {
            int id = producer;
            producers.execute(() -> {
                for (int i = 0; i < RECORDS_PER_PRODUCER; i++) {
                    String key = "producer-" + id + "-key-" + (i % 5);
                    String data = "producer-" + id + "-record-" + i;
                    kinesis.putRecord(request -> request.streamName("orders").partitionKey(key)
                            .data(SdkBytes.fromUtf8String(data)));
                }
            });
        }
        producers.shutdown();
        assertThat(producers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(allDelivered.await(30, TimeUnit.SECONDS)).as("all records delivered").isTrue();

        List<String> everyPayload = new ArrayList<>();
        Map<String, List<Integer>> positionsByKey = new LinkedHashMap<>();
        for (List<KinesisEvent.KinesisEventRecord> shard : deliveredByShard.values()) {
            BigInteger previous = BigInteger.valueOf(-1);
            for (KinesisEvent.KinesisEventRecord record : shard) {
                BigInteger sequence = new BigInteger(record.getKinesis().getSequenceNumber());
                assertThat(sequence).isGreaterThan(previous);
                previous = sequence;
                String payload = StandardCharsets.UTF_8.decode(record.getKinesis().getData()).toString();
                everyPayload.add(payload);
                positionsByKey.computeIfAbsent(record.getKinesis().getPartitionKey(), key -> new ArrayList<>())
                        .add(Integer.parseInt(payload.substring(payload.lastIndexOf('-') + 1)));
            }
        }
        assertThat(everyPayload).hasSize(PRODUCERS * RECORDS_PER_PRODUCER).doesNotHaveDuplicates();
        assertThat(deliveredByShard).hasSize(4);
        positionsByKey.values().forEach(order -> assertThat(order).isSorted());
    }

    /** Records each delivered batch under its shard (one poller per shard, so no two batches of a shard overlap). */
    private LambdaFunction recordingConsumer() {
        return new LambdaFunction() {
            @Override
            public String name() {
                return "consumer";
            }

            @Override
            public Class<?> eventType() {
                return KinesisEvent.class;
            }

            @Override
            public Invocation invoke(Object event) {
                for (KinesisEvent.KinesisEventRecord record : ((KinesisEvent) event).getRecords()) {
                    String shardId = record.getEventID().substring(0, record.getEventID().indexOf(':'));
                    deliveredByShard.computeIfAbsent(shardId, id -> new ArrayList<>()).add(record);
                    allDelivered.countDown();
                }
                return Invocation.succeeded(null);
            }
        };
    }
}
