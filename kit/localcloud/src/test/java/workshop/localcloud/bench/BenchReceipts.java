package workshop.localcloud.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * When each benchmark record reached its handler: {@link System#nanoTime()} on receipt, keyed by the
 * record's key. The benchmark and the handlers share it (same class loader, same JVM); the first
 * receipt of a key counts, a redelivery does not move it.
 */
public final class BenchReceipts {

    private static final ConcurrentMap<String, CompletableFuture<Long>> RECEIVED = new ConcurrentHashMap<>();

    private BenchReceipts() {
    }

    /** Completes with the receipt time of {@code key}; call it before the record is sent. */
    public static CompletableFuture<Long> expect(String key) {
        return RECEIVED.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    /** Called by the handlers, first thing, for every record they get. */
    public static void received(String key) {
        long now = System.nanoTime();
        RECEIVED.computeIfAbsent(key, k -> new CompletableFuture<>()).complete(now);
    }

    /** Forgets a key once its sample is taken, so the map stays small. */
    public static void forget(String key) {
        RECEIVED.remove(key);
    }
}
