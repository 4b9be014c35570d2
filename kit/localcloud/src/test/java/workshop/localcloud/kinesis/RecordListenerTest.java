package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.readShard;
import static workshop.localcloud.kinesis.KinesisTestSupport.text;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

class RecordListenerTest {

    private static final String SHARD = "shardId-000000000000";

    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(new MutableClock(START), "orders", 1);
    private final List<String> notifiedStreams = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = notifiedStreams::add;

    @Test
    void isToldTheStreamNameAfterEachPutThatStoredRecords() {
        kinesis.createStream(b -> b.streamName("payments").shardCount(1));
        kinesis.addRecordListener(listener);

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));
        kinesis.putRecords(b -> b.streamName("payments").records(entry("a"), entry("b")));

        assertThat(notifiedStreams).containsExactly("orders", "payments");
    }

    @Test
    void isNotToldOfPutsThatStoredNothing() {
        kinesis.addRecordListener(listener);

        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("").data(bytes("x"))));
        kinesis.throttlePuts(1.0, new Random(3));
        kinesis.putRecords(b -> b.streamName("orders").records(entry("a"), entry("b")));

        assertThat(notifiedStreams).isEmpty();
    }

    @Test
    void isNoLongerToldOnceRemoved() {
        kinesis.addRecordListener(listener);
        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));

        kinesis.removeRecordListener(listener);
        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("y")));

        assertThat(notifiedStreams).containsExactly("orders");
    }

    @Test
    void runsWhenTheRecordsCanBeReadAndWithNoLockHeld() {
        List<String> seenByFirstCall = new CopyOnWriteArrayList<>();
        AtomicBoolean firstCall = new AtomicBoolean(true);
        AtomicBoolean anotherThreadCouldPutMeanwhile = new AtomicBoolean();
        kinesis.addRecordListener(stream -> {
            if (!firstCall.getAndSet(false)) {
                return;
            }
            readShard(kinesis, stream, SHARD).forEach(record -> seenByFirstCall.add(text(record)));
            // Another thread puts to the same shard while the listener waits for it: that put could
            // not finish if the listener ran while this put still held the shard's lock.
            CompletableFuture.runAsync(() -> kinesis.putRecord(b -> b.streamName(stream).partitionKey("k")
                    .data(bytes("from another thread")))).orTimeout(10, TimeUnit.SECONDS).join();
            anotherThreadCouldPutMeanwhile.set(true);
        });

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("first")));

        assertThat(seenByFirstCall).containsExactly("first");
        assertThat(anotherThreadCouldPutMeanwhile).isTrue();
    }

    @Test
    void aFailingListenerDoesNotFailThePutNorStopOtherListeners() {
        kinesis.addRecordListener(stream -> {
            throw new IllegalStateException("poller is broken");
        });
        kinesis.addRecordListener(listener);

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));

        assertThat(notifiedStreams).containsExactly("orders");
        assertThat(readShard(kinesis, "orders", SHARD)).hasSize(1);
    }

    private static PutRecordsRequestEntry entry(String data) {
        return PutRecordsRequestEntry.builder().partitionKey("k").data(bytes(data)).build();
    }
}
