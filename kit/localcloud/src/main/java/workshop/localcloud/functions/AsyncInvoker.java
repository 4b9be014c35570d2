package workshop.localcloud.functions;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Lambda's asynchronous invocation, used by SNS and schedules: the caller does not wait, the event is
 * queued, and a failed invocation is retried twice (three attempts in all) before it is given up.
 *
 * <p>On AWS the retries come about one and two minutes later; here the delays are a fraction of a
 * second, so that the lesson ("the function ran three times") shows in a class, not in minutes.
 */
public final class AsyncInvoker implements AutoCloseable {

    /** Lambda's default: two retries after the first attempt. */
    static final int RETRIES = 2;

    private final ExecutorService queue;
    private final Duration firstRetryDelay;
    private final Consumer<String> notices;
    private final AtomicInteger pending = new AtomicInteger();

    public AsyncInvoker(Duration firstRetryDelay, Consumer<String> notices) {
        this.firstRetryDelay = firstRetryDelay;
        this.notices = notices;
        AtomicInteger threadCount = new AtomicInteger();
        this.queue = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "async-invoke-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues one invocation of {@code function} with {@code event}; returns at once. */
    public void invoke(LambdaFunction function, Object event) {
        pending.incrementAndGet();
        queue.execute(() -> {
            try {
                runWithRetries(function, event);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Invocations queued or running, retries included: zero means every event was handled or given up. */
    public int pending() {
        return pending.get();
    }

    private void runWithRetries(LambdaFunction function, Object event) {
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            if (attempt > 0 && !pause(attempt)) {
                return;
            }
            Invocation invocation = function.invoke(event);
            if (!invocation.isFailure()) {
                return;
            }
        }
        notices.accept("asynchronous invocation of '" + function.name() + "' failed " + (RETRIES + 1)
                + " times; the event is dropped (configure an on-failure destination to keep such events)");
    }

    private boolean pause(int retry) {
        try {
            Thread.sleep(firstRetryDelay.toMillis() * retry);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        queue.shutdownNow();
        try {
            queue.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
