package workshop.localcloud.streams;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one shard in order and hands each batch to the {@link BatchProcessor}, one batch at a time
 * (Lambda's default: one concurrent batch per shard). Between batches it sleeps on the stream's
 * {@link Wakeup}, so a new record is picked up as soon as it is written.
 */
final class ShardPoller implements Runnable {

    /** A safety net only: writers signal the wakeup, this bounds the wait if a signal were missed. */
    private static final Duration IDLE_RECHECK = Duration.ofMillis(500);
    private static final Duration AFTER_READ_ERROR = Duration.ofSeconds(1);

    private final StreamReader.ShardCursor cursor;
    private final int batchSize;
    private final BatchProcessor processor;
    private final Wakeup wakeup;
    private final Consumer<String> notices;
    private volatile boolean stopped;
    /** The wakeup generation at which the shard was last found read to its end; -1 while busy. */
    private volatile long caughtUpAt = -1;

    ShardPoller(StreamReader.ShardCursor cursor, int batchSize, BatchProcessor processor, Wakeup wakeup,
                Consumer<String> notices) {
        this.cursor = cursor;
        this.batchSize = batchSize;
        this.processor = processor;
        this.wakeup = wakeup;
        this.notices = notices;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                long seen = wakeup.generation();
                List<PolledRecord> batch = readBatch();
                if (batch == null) {
                    wakeup.await(seen, AFTER_READ_ERROR);
                } else if (batch.isEmpty()) {
                    caughtUpAt = seen;
                    wakeup.await(seen, IDLE_RECHECK);
                    caughtUpAt = -1;
                } else {
                    processor.process(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch; null when the stream could not be read (reported, retried later). */
    private List<PolledRecord> readBatch() {
        try {
            return cursor.next(batchSize);
        } catch (RuntimeException e) {
            if (!stopped) {
                notices.accept("cannot read the stream: " + e.getMessage());
            }
            return null;
        }
    }

    /** True when the shard was read to its end and nothing was written to the stream since. */
    boolean isCaughtUp() {
        long at = caughtUpAt;
        return at >= 0 && at == wakeup.generation();
    }

    void stop() {
        stopped = true;
    }
}
