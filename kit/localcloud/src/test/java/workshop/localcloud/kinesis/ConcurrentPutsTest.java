package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.readStream;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Many producers at once: nothing is lost or duplicated, and each shard keeps its records in
 * sequence-number order, with each producer's records for a partition key in the order it put them.
 * Every record's data is {@code producer:counter}, so the test can tell who put what, when.
 */
@Timeout(60)
class ConcurrentPutsTest {

    private static final int PRODUCERS = 8;
    private static final int PUTS_PER_PRODUCER = 500;
    private static final int SHARDS = 4;

    /** Which partition key producer {@code p} uses for its {@code i}-th record. */
    enum Keys {
        SAME_KEY_FOR_EVERYONE {
            @Override
            String keyOf(int producer, int i) {
                return "everyone";
            }
        },
        ONE_KEY_PER_PRODUCER {
            @Override
            String keyOf(int producer, int i) {
                return "producer-" + producer;
            }
        },
        KEYS_SHARED_BY_PRODUCERS {
            @Override
            String keyOf(int producer, int i) {
                return "customer-" + (i % 13);
            }
        };

        abstract String keyOf(int producer, int i);
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS + SHARDS);
    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(new MutableClock(START), "clicks", SHARDS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void putRecordFromManyThreadsKeepsEveryRecordInOrder(Keys keys) throws Exception {
        runProducers(producer -> {
            for (int i = 0; i < PUTS_PER_PRODUCER; i++) {
                int counter = i;
                kinesis.putRecord(b -> b.streamName("clicks").partitionKey(keys.keyOf(producer, counter))
                        .data(bytes(producer + ":" + counter)));
            }
        });

        assertEveryRecordStoredOnceAndInOrder(readStream(kinesis, "clicks"));
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void putRecordsFromManyThreadsKeepsEveryRecordInOrder(Keys keys) throws Exception {
        runProducers(producer -> {
            for (int batchStart = 0; batchStart < PUTS_PER_PRODUCER; batchStart += 50) {
                List<PutRecordsRequestEntry> batch = new ArrayList<>();
                for (int i = batchStart; i < batchStart + 50; i++) {
                    batch.add(PutRecordsRequestEntry.builder().partitionKey(keys.keyOf(producer, i))
                            .data(bytes(producer + ":" + i)).build());
                }
                assertThat(kinesis.putRecords(b -> b.streamName("clicks").records(batch)).failedRecordCount()).isZero();
            }
        });

        assertEveryRecordStoredOnceAndInOrder(readStream(kinesis, "clicks"));
    }

    /** Readers that poll while producers write see, per shard, exactly what a reader sees afterwards. */
    @Test
    void readersPollingDuringThePutsSeeEachShardInItsFinalOrder() throws Exception {
        List<Future<List<Record>>> readers = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            String shardId = ShardIds.of(shard);
            String start = kinesis.getShardIterator(b -> b.streamName("clicks").shardId(shardId)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            readers.add(pool.submit(() -> pollUntil(start, () -> KinesisTestSupport.storedCount(kinesis, "clicks")
                    == PRODUCERS * PUTS_PER_PRODUCER)));
        }

        runProducers(producer -> {
            for (int i = 0; i < PUTS_PER_PRODUCER; i++) {
                int counter = i;
                kinesis.putRecord(b -> b.streamName("clicks").partitionKey("producer-" + producer + "-" + (counter % 5))
                        .data(bytes(producer + ":" + counter)));
            }
        });

        Map<String, List<Record>> afterwards = readStream(kinesis, "clicks");
        for (int shard = 0; shard < SHARDS; shard++) {
            assertThat(readers.get(shard).get()).extracting(Record::sequenceNumber)
                    .containsExactlyElementsOf(afterwards.get(ShardIds.of(shard)).stream()
                            .map(Record::sequenceNumber).toList());
        }
        assertEveryRecordStoredOnceAndInOrder(afterwards);
    }

    private interface Producer {
        void run(int producer) throws Exception;
    }

    /** Starts every producer at the same moment, to make them interleave as much as possible. */
    private void runProducers(Producer producer) throws Exception {
        CountDownLatch startTogether = new CountDownLatch(1);
        List<Future<Void>> running = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int id = p;
            Callable<Void> task = () -> {
                startTogether.await();
                producer.run(id);
                return null;
            };
            running.add(pool.submit(task));
        }
        startTogether.countDown();
        for (Future<Void> future : running) {
            future.get();
        }
    }

    /** Reads a shard with GetRecords, like a poller, until {@code done} and a read comes back empty. */
    private List<Record> pollUntil(String iterator, BooleanSupplier done) {
        List<Record> records = new ArrayList<>();
        String next = iterator;
        while (true) {
            boolean wasDone = done.getAsBoolean();
            String current = next;
            GetRecordsResponse page = kinesis.getRecords(b -> b.shardIterator(current).limit(100));
            records.addAll(page.records());
            next = page.nextShardIterator();
            if (wasDone && page.records().isEmpty()) {
                return records;
            }
        }
    }

    private static void assertEveryRecordStoredOnceAndInOrder(Map<String, List<Record>> byShard) {
        Set<String> expectedData = new HashSet<>();
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < PUTS_PER_PRODUCER; i++) {
                expectedData.add(p + ":" + i);
            }
        }
        List<String> storedData = byShard.values().stream().flatMap(List::stream).map(r -> text(r)).toList();
        assertThat(storedData).as("none lost, none duplicated").hasSameSizeAs(expectedData)
                .containsExactlyInAnyOrderElementsOf(expectedData);

        Map<String, String> shardOfKey = new HashMap<>();
        Set<BigInteger> allSequenceNumbers = new HashSet<>();
        byShard.forEach((shardId, records) -> {
            List<BigInteger> sequenceNumbers = records.stream().map(r -> new BigInteger(r.sequenceNumber())).toList();
            assertThat(sequenceNumbers).as("sequence numbers of %s", shardId).isSorted().doesNotHaveDuplicates();
            allSequenceNumbers.addAll(sequenceNumbers);

            // For each producer and partition key, the counters must come back in the order put.
            Map<String, Integer> lastCounter = new HashMap<>();
            for (Record record : records) {
                String[] producerAndCounter = text(record).split(":");
                String stream = producerAndCounter[0] + "/" + record.partitionKey();
                int counter = Integer.parseInt(producerAndCounter[1]);
                assertThat(counter).as("order of %s in %s", stream, shardId)
                        .isGreaterThan(lastCounter.getOrDefault(stream, -1));
                lastCounter.put(stream, counter);
                assertThat(shardOfKey.computeIfAbsent(record.partitionKey(), key -> shardId))
                        .as("all records of key %s in one shard", record.partitionKey()).isEqualTo(shardId);
            }
        });
        assertThat(allSequenceNumbers).as("unique across the stream").hasSize(expectedData.size());
    }
}
