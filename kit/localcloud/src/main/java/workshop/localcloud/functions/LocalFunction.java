package workshop.localcloud.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import workshop.support.Env;

/**
 * A function running on the local cloud the way Lambda runs it.
 *
 * <ul>
 *   <li><b>Execution environments.</b> An invocation takes an idle handler instance, or creates one
 *       (a cold start: the constructor runs, under the function's environment variables). One
 *       instance serves one invocation at a time, so handlers need not be thread-safe, exactly as on
 *       Lambda; concurrent invocations get their own instances.</li>
 *   <li><b>Timeout.</b> An invocation that runs past {@code timeout} fails with Lambda's
 *       "Task timed out" error and its instance is thrown away, as Lambda resets the environment.</li>
 *   <li><b>Logs.</b> {@code START}, {@code END} and {@code REPORT} lines, the handler's own log lines
 *       and errors in Lambda's JSON form, all in the function's {@link FunctionLog}.</li>
 * </ul>
 */
public final class LocalFunction implements LambdaFunction, AutoCloseable {

    private static final Gson ERROR_JSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final DateTimeFormatter LOG_STREAM_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final FunctionIdentity identity;
    private final HandlerClass handlerClass;
    private final Map<String, String> environment;
    private final Duration timeout;
    private final FunctionLog log;
    private final Clock clock;
    private final ExecutorService threads;
    private final ConcurrentLinkedDeque<RequestHandler<Object, Object>> idleInstances = new ConcurrentLinkedDeque<>();
    private final AtomicInteger coldStarts = new AtomicInteger();
    private final AtomicInteger invocations = new AtomicInteger();

    public LocalFunction(FunctionIdentity identity, HandlerClass handlerClass, Map<String, String> environment,
                         Duration timeout, FunctionLog log, Clock clock) {
        this.identity = identity;
        this.handlerClass = handlerClass;
        this.environment = lambdaVariables(identity, environment);
        this.timeout = timeout;
        this.log = log;
        this.clock = clock;
        this.threads = Executors.newCachedThreadPool(namedDaemonThreads("fn-" + identity.name()));
    }

    @Override
    public String name() {
        return identity.name();
    }

    @Override
    public Class<?> eventType() {
        return handlerClass.eventType();
    }

    public FunctionIdentity identity() {
        return identity;
    }

    public FunctionLog log() {
        return log;
    }

    /** How many execution environments were created so far (each one is a cold start). */
    public int coldStarts() {
        return coldStarts.get();
    }

    public int invocations() {
        return invocations.get();
    }

    @Override
    public Invocation invoke(Object event) {
        invocations.incrementAndGet();
        String requestId = UUID.randomUUID().toString();
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<Invocation> running = threads.submit(() -> runInEnvironment(event, requestId, start, deadline, abandoned));
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            running.cancel(true);
            log.append(Instant.now(clock) + " " + requestId + " Task timed out after "
                    + String.format(Locale.ROOT, "%.2f", timeout.toMillis() / 1000.0) + " seconds");
            log.append("END RequestId: " + requestId);
            return Invocation.failed(Invocation.FunctionError.timedOut((int) timeout.toSeconds()));
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return Invocation.failed(new Invocation.FunctionError("Runtime.Interrupted",
                    "The local cloud is shutting down", java.util.List.of()));
        } catch (ExecutionException e) {
            return Invocation.failed(Invocation.FunctionError.of(e.getCause()));
        }
    }

    private Invocation runInEnvironment(Object event, String requestId, Instant start, Instant deadline,
                                        AtomicBoolean abandoned) {
        FunctionConsole.enter(log);
        try {
            return Env.runWith(environment, () -> runOnce(event, requestId, start, deadline, abandoned));
        } finally {
            FunctionConsole.leave();
        }
    }

    /**
     * One invocation in one execution environment. {@code abandoned} is set when the caller gave up
     * on it (timeout): the environment is then discarded, as Lambda discards a timed-out one.
     */
    private Invocation runOnce(Object event, String requestId, Instant start, Instant deadline,
                               AtomicBoolean abandoned) {
        log.append("START RequestId: " + requestId + " Version: $LATEST");
        long initNanos = 0;
        RequestHandler<Object, Object> instance = idleInstances.pollFirst();
        Invocation outcome;
        try {
            if (instance == null) {
                long initStart = System.nanoTime();
                coldStarts.incrementAndGet();
                instance = handlerClass.newInstance();
                initNanos = System.nanoTime() - initStart;
            }
            if (event != null && !handlerClass.eventType().isInstance(event)) {
                throw new IllegalArgumentException("function '" + identity.name() + "' takes "
                        + handlerClass.eventType().getName() + " but was invoked with " + event.getClass().getName());
            }
            InvocationContext context = new InvocationContext(identity, requestId, logStreamName(start), deadline,
                    clock, new FunctionLogger(log));
            outcome = Invocation.succeeded(instance.handleRequest(event, context));
            keepUnlessAbandoned(instance, abandoned);
        } catch (Throwable thrown) {
            // Lambda's Java runtime logs an unhandled exception as this JSON document; the instance
            // survives (only a crash or a timeout resets the environment), so it goes back to the pool.
            Invocation.FunctionError error = Invocation.FunctionError.of(thrown);
            log.append(ERROR_JSON.toJson(Map.of(
                    "errorType", error.errorType(),
                    "errorMessage", error.errorMessage(),
                    "stackTrace", error.stackTrace())));
            keepUnlessAbandoned(instance, abandoned);
            outcome = Invocation.failed(error);
        }
        if (abandoned.get()) {
            return outcome;
        }
        log.append("END RequestId: " + requestId);
        log.append(report(requestId, Duration.between(start, clock.instant()), initNanos));
        return outcome;
    }

    private void keepUnlessAbandoned(RequestHandler<Object, Object> instance, AtomicBoolean abandoned) {
        if (instance != null && !abandoned.get()) {
            idleInstances.addFirst(instance);
        }
    }

    private String report(String requestId, Duration duration, long initNanos) {
        double millis = duration.toNanos() / 1_000_000.0;
        StringBuilder report = new StringBuilder()
                .append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", millis)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(millis)).append(" ms")
                .append("\tMemory Size: ").append(identity.memorySize()).append(" MB");
        if (initNanos > 0) {
            report.append("\tInit Duration: ")
                    .append(String.format(Locale.ROOT, "%.2f", initNanos / 1_000_000.0)).append(" ms");
        }
        return report.toString();
    }

    private String logStreamName(Instant start) {
        return LOG_STREAM_DATE.format(start) + "/[$LATEST]" + Integer.toHexString(System.identityHashCode(this));
    }

    /** The variables Lambda sets for every function, under the ones serverless.yml gives. */
    private static Map<String, String> lambdaVariables(FunctionIdentity identity, Map<String, String> configured) {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        variables.put("AWS_REGION", identity.region());
        variables.put("AWS_DEFAULT_REGION", identity.region());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", identity.deployedName());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(identity.memorySize()));
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + identity.deployedName());
        variables.putAll(configured);
        return variables;
    }

    private static ThreadFactory namedDaemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
