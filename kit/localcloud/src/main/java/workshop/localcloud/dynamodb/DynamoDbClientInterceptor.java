package workshop.localcloud.dynamodb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Stands between handlers and DynamoDB Local: counts every call per operation, tells listeners
 * which tables were written, and on request hands back part of each BatchWriteItem as
 * {@code UnprocessedItems}, as DynamoDB does under load, so that retry code can be tested.
 *
 * <p>The client it gives out is a {@link Proxy} of {@link DynamoDbClient} rather than a
 * hand-written delegate: the interface has some 60 operations, each with two or three overloads,
 * and a delegate would be hundreds of lines of forwarding in which one forgotten method silently
 * skips the interception (or, after an SDK upgrade, throws {@code UnsupportedOperationException}).
 * The proxy treats every method by its kind:
 * <ul>
 *   <li>an <b>operation</b> ({@code putItem(PutItemRequest)}): counted, faults applied, passed to
 *       DynamoDB Local, listeners told;</li>
 *   <li>a <b>convenience overload</b> ({@code putItem(Consumer<Builder>)}, {@code listTables()},
 *       {@code scanPaginator(...)}): the interface's own default body is run on the proxy
 *       ({@link InvocationHandler#invokeDefault}), so it ends in an operation of the proxy, not of
 *       DynamoDB Local, and is intercepted like the request form. (A bonus: paginators then throw
 *       the SDK's exceptions, which DynamoDB Local's own client fails to do for them.)</li>
 *   <li>{@code waiter()}, which the interface leaves unimplemented: a waiter polling the proxy;</li>
 *   <li>{@code close()}: nothing, as the engine belongs to {@link LocalDynamoDb}, not to the
 *       handler that happens to close its client;</li>
 *   <li>{@code serviceName()}: {@code "dynamodb"}, as DynamoDB Local's own client fails on it;</li>
 *   <li>anything else: passed to DynamoDB Local.</li>
 * </ul>
 */
public final class DynamoDbClientInterceptor {

    private static final Logger LOG = Logger.getLogger(DynamoDbClientInterceptor.class.getName());

    /** DynamoDB's limit of writes in one BatchWriteItem call. */
    private static final int MAX_BATCH_WRITES = 25;

    /** Which share of BatchWriteItem writes to hold back, drawn from which random numbers. */
    private record UnprocessedItemsFault(double share, RandomGenerator random) {
    }

    private final DynamoDbClient target;
    private final DynamoDbClient client;
    private final Map<String, LongAdder> callCounts = new ConcurrentHashMap<>();
    private final List<Consumer<String>> writeListeners = new CopyOnWriteArrayList<>();
    private volatile UnprocessedItemsFault unprocessedItemsFault;

    public DynamoDbClientInterceptor(DynamoDbClient target) {
        this.target = Objects.requireNonNull(target, "target");
        this.client = (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, new Handler());
    }

    /** The intercepted client, for handlers. Thread-safe, as the one it wraps. */
    public DynamoDbClient client() {
        return client;
    }

    /**
     * From now on, each write of a BatchWriteItem call is, with probability {@code share}, not
     * written and returned in {@code UnprocessedItems} (under its table, as DynamoDB does); the
     * others are written. Nothing else is written or lost: exactly the returned writes are missing.
     *
     * <p>Unlike DynamoDB, which throws {@code ProvisionedThroughputExceededException} when it could
     * write nothing at all, a batch held back whole is answered normally, with every write in
     * {@code UnprocessedItems}: the SDK would retry the exception by itself and hide the lesson.
     *
     * @param share  from 0 (off, the default) to 1 (nothing is ever written)
     * @param random where the draws come from; seed it for repeatable tests. Not needed when 0.
     */
    public void unprocessedItems(double share, RandomGenerator random) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be between 0 and 1, got " + share);
        }
        if (share > 0) {
            Objects.requireNonNull(random, "random");
        }
        unprocessedItemsFault = share == 0 ? null : new UnprocessedItemsFault(share, random);
    }

    /**
     * Calls {@code listener} with a table's name after each call that wrote to it successfully:
     * PutItem, UpdateItem, DeleteItem, BatchWriteItem (tables with a write done), TransactWriteItems,
     * and PartiQL INSERT/UPDATE/DELETE through ExecuteStatement, BatchExecuteStatement and
     * ExecuteTransaction. It runs on the writer's thread, so it should only signal (wake a poller),
     * not work; an exception from it is logged, not thrown, because the write has happened.
     */
    public void addWriteListener(Consumer<String> listener) {
        writeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeWriteListener(Consumer<String> listener) {
        writeListeners.remove(listener);
    }

    /**
     * Calls so far per operation name ({@code PutItem}, {@code Query}...), sorted by name; failed
     * calls count too, as they do on the AWS bill of requests. A paginator counts one call per page.
     */
    public Map<String, Long> callCounts() {
        Map<String, Long> snapshot = new TreeMap<>();
        callCounts.forEach((operation, count) -> snapshot.put(operation, count.sum()));
        return snapshot;
    }

    public void resetCallCounts() {
        callCounts.clear();
    }

    private DynamoDbResponse operation(Method method, DynamoDbRequest request) throws Throwable {
        callCounts.computeIfAbsent(operationName(method), name -> new LongAdder()).increment();
        DynamoDbResponse response = request instanceof BatchWriteItemRequest batch
                ? batchWriteItem(batch)
                : (DynamoDbResponse) callTarget(method, request);
        notifyWriteListeners(WrittenTables.of(request, response));
        return response;
    }

    private BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        UnprocessedItemsFault fault = unprocessedItemsFault;
        if (fault == null || !hasAllowedSize(request)) {
            // An empty or oversized batch goes through whole, so that DynamoDB Local refuses it as
            // DynamoDB would, instead of being split into a part that looks acceptable.
            return target.batchWriteItem(request);
        }
        BatchWriteSplit split;
        synchronized (fault) { // most random generators are not thread-safe
            split = BatchWriteSplit.of(request.requestItems(), fault.share(), fault.random());
        }
        BatchWriteItemResponse written = split.nothingToWrite()
                ? BatchWriteItemResponse.builder().build()
                : target.batchWriteItem(request.toBuilder().requestItems(split.toWrite()).build());
        return split.withHeldBackWrites(written);
    }

    private static boolean hasAllowedSize(BatchWriteItemRequest request) {
        int writes = request.requestItems().values().stream().mapToInt(List::size).sum();
        return writes >= 1 && writes <= MAX_BATCH_WRITES;
    }

    private void notifyWriteListeners(Set<String> tables) {
        for (String table : tables) {
            for (Consumer<String> listener : writeListeners) {
                try {
                    listener.accept(table);
                } catch (RuntimeException listenerFailure) {
                    LOG.log(Level.WARNING, "write listener failed for table " + table, listenerFailure);
                }
            }
        }
    }

    private Object callTarget(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause(); // the caller sees DynamoDB's exception, not reflection's wrapper
        }
    }

    /** {@code batchWriteItem} → {@code BatchWriteItem}, the name AWS uses for the operation. */
    private static String operationName(Method method) {
        return Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
    }

    private static boolean isOperation(Method method) {
        return method.getParameterCount() == 1
                && DynamoDbRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                && DynamoDbResponse.class.isAssignableFrom(method.getReturnType());
    }

    private static boolean isConvenienceOverload(Method method) {
        return method.isDefault()
                && (DynamoDbResponse.class.isAssignableFrom(method.getReturnType())
                        || SdkIterable.class.isAssignableFrom(method.getReturnType()));
    }

    private final class Handler implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (isOperation(method)) {
                return operation(method, (DynamoDbRequest) args[0]);
            }
            if (isConvenienceOverload(method)) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return switch (method.getName()) {
                case "waiter" -> DynamoDbWaiter.builder().client((DynamoDbClient) proxy).build();
                case "close" -> null;
                case "serviceName" -> DynamoDbClient.SERVICE_NAME; // DynamoDB Local's client cannot answer it
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "DynamoDbClient intercepted by " + DynamoDbClientInterceptor.class.getSimpleName();
                default -> callTarget(method, args);
            };
        }
    }
}
