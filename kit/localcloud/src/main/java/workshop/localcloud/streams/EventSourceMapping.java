package workshop.localcloud.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import workshop.localcloud.functions.LambdaFunction;

/**
 * A stream event source mapping: one poller thread per shard, each delivering that shard's records
 * to the function in order, in batches, with the mapping's error handling.
 */
public final class EventSourceMapping implements AutoCloseable {

    private final String functionName;
    private final StreamReader reader;
    private final List<ShardProgress> shards = new ArrayList<>();
    private final List<ShardPoller> pollers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    private EventSourceMapping(String functionName, StreamReader reader) {
        this.functionName = functionName;
        this.reader = reader;
    }

    /**
     * Starts polling every shard of the stream.
     *
     * @param wakeup signalled whenever records are written to the stream
     * @param notices where the mapping reports discards and read errors (the function's log)
     */
    public static EventSourceMapping start(LambdaFunction function, String functionArn, StreamReader reader,
                                           StreamMappingSettings settings, FailureDestination onFailure,
                                           RetryBackoff backoff, StreamFaults faults, Wakeup wakeup,
                                           Consumer<String> notices, Clock clock) {
        if (!function.eventType().isAssignableFrom(reader.eventType())) {
            throw new IllegalArgumentException("function '" + function.name() + "' takes "
                    + function.eventType().getName() + ", but a stream event source delivers "
                    + reader.eventType().getName() + ": change the handler's RequestHandler input type");
        }
        EventSourceMapping mapping = new EventSourceMapping(function.name(), reader);
        for (String shardId : reader.shardIds()) {
            ShardProgress progress = new ShardProgress(shardId);
            Consumer<String> shardNotices = notice -> notices.accept("stream mapping " + shortArn(reader.streamArn())
                    + " " + shardId + ": " + notice);
            BatchProcessor processor = new BatchProcessor(function, functionArn, reader, shardId, settings, onFailure,
                    backoff, faults, progress, shardNotices, clock);
            ShardPoller poller = new ShardPoller(reader.open(shardId, settings.startingPosition()),
                    settings.batchSize(), processor, wakeup, shardNotices);
            Thread thread = new Thread(poller, "esm-" + function.name() + "-" + shardId);
            thread.setDaemon(true);
            mapping.shards.add(progress);
            mapping.pollers.add(poller);
            mapping.threads.add(thread);
        }
        mapping.threads.forEach(Thread::start);
        return mapping;
    }

    private static String shortArn(String arn) {
        return arn.substring(arn.lastIndexOf(':') + 1);
    }

    public String functionName() {
        return functionName;
    }

    public String streamArn() {
        return reader.streamArn();
    }

    /** Per shard: checkpoint and counters. */
    public List<ShardProgress.Snapshot> progress() {
        return shards.stream().map(ShardProgress::snapshot).toList();
    }

    /** True when every shard was read to its end and its records are processed. */
    public boolean isCaughtUp() {
        return pollers.stream().allMatch(ShardPoller::isCaughtUp);
    }

    /** Stops the pollers; a batch being processed is interrupted. */
    @Override
    public void close() {
        pollers.forEach(ShardPoller::stop);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
