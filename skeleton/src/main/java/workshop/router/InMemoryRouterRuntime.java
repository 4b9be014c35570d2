package workshop.router;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The router's bookkeeping in memory, with the same decisions and counters as {@link DynamoDbRouterRuntime}
 * (one contract test runs against both): for unit tests of the router, and for measuring the router's own
 * overhead without a database. Thread-safe; forgets everything with the object.
 */
public class InMemoryRouterRuntime implements RouterRuntime {

    private static final String ADMITTED = "admitted";

    private final Clock clock;
    private final Map<String, Run> runs = new HashMap<>();

    public InMemoryRouterRuntime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void startRun(String runId, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a run's budget must be at least 1, got " + budget);
        }
        if (runs.containsKey(runId)) {
            throw new IllegalStateException("run " + runId + " was started already");
        }
        // The same precision as the runtime table keeps.
        Instant startedAt = Instant.parse(RuntimeKeys.startedAt(clock.instant()));
        runs.put(runId, new Run(runId, budget, startedAt));
    }

    @Override
    public synchronized void terminate(String runId, String reason) {
        Run run = runs.get(runId);
        if (run == null) {
            throw new IllegalArgumentException("no run " + runId);
        }
        if (run.terminated == null) {
            run.terminated = reason;
        }
    }

    @Override
    public synchronized Optional<RunStats> stats(String runId) {
        Run run = runs.get(runId);
        if (run == null) {
            return Optional.empty();
        }
        Map<String, RunStats.TypeCounters> byType = new TreeMap<>();
        run.types.forEach((type, counters) -> byType.put(type, counters.snapshot()));
        return Optional.of(new RunStats(runId, run.budget, run.startedAt, run.terminated, run.admitted, run.dropped,
                Collections.unmodifiableMap(byType)));
    }

    @Override
    public synchronized Optional<String> latestRunId() {
        // The same order as the runtime table's index: start time, then run id.
        return runs.values().stream()
                .max((a, b) -> RuntimeKeys.runIndexSk(RuntimeKeys.startedAt(a.startedAt), a.id)
                        .compareTo(RuntimeKeys.runIndexSk(RuntimeKeys.startedAt(b.startedAt), b.id)))
                .map(run -> run.id);
    }

    @Override
    public synchronized Admission admit(Envelope envelope, String messageType) {
        Run run = runs.get(envelope.runId());
        Outcome earlier = run == null ? null : run.outcomes.get(envelope.messageId());
        if (earlier != null) {
            return earlier.asRedelivery();
        }
        if (run == null) {
            return Admission.unknownRun(envelope.runId());
        }
        if (run.terminated != null) {
            return recordDrop(run, envelope, messageType, run.terminated);
        }
        if (run.admitted >= run.budget) {
            run.terminated = Admission.BUDGET;
            return recordDrop(run, envelope, messageType, Admission.BUDGET);
        }
        run.admitted++;
        run.counters(messageType).received++;
        run.outcomes.put(envelope.messageId(), new Outcome(ADMITTED, ""));
        return Admission.admitted();
    }

    @Override
    public synchronized Admission drop(Envelope envelope, String messageType, String reason) {
        Run run = runs.get(envelope.runId());
        if (run == null) {
            return Admission.unknownRun(envelope.runId());
        }
        Outcome earlier = run.outcomes.get(envelope.messageId());
        if (earlier != null) {
            return earlier.asRedelivery();
        }
        return recordDrop(run, envelope, messageType, reason);
    }

    @Override
    public synchronized Set<String> completedHandlers(Envelope envelope) {
        Run run = runs.get(envelope.runId());
        if (run == null) {
            return Set.of();
        }
        return Set.copyOf(run.completions.getOrDefault(envelope.messageId(), Set.of()));
    }

    @Override
    public synchronized void completed(Envelope envelope, String messageType, String handlerName,
                                       Map<String, Integer> emittedByType) {
        Run run = runs.get(envelope.runId());
        if (run == null) {
            return; // nothing to count against; the router completes only messages it let in
        }
        if (!run.completions.computeIfAbsent(envelope.messageId(), id -> new HashSet<>()).add(handlerName)) {
            return;
        }
        run.counters(messageType).handled++;
        emittedByType.forEach((type, count) -> run.counters(type).emitted += count);
    }

    @Override
    public synchronized void failed(Envelope envelope, String messageType, String handlerName) {
        Run run = runs.get(envelope.runId());
        if (run != null) {
            run.counters(messageType).failed++;
        }
    }

    private static Admission recordDrop(Run run, Envelope envelope, String messageType, String reason) {
        run.dropped++;
        Counters counters = run.counters(messageType);
        counters.received++;
        counters.dropped++;
        run.outcomes.put(envelope.messageId(), new Outcome("dropped", reason));
        return Admission.dropped(reason);
    }

    /** What was decided about a message the first time it came (its marker). */
    private record Outcome(String decision, String reason) {

        Admission asRedelivery() {
            return ADMITTED.equals(decision) ? Admission.redelivered() : Admission.dropped(reason);
        }
    }

    private static final class Run {
        final String id;
        final long budget;
        final Instant startedAt;
        String terminated;
        long admitted;
        long dropped;
        final Map<String, Counters> types = new HashMap<>();
        final Map<String, Outcome> outcomes = new HashMap<>();
        /** The completed handlers' names per message id. */
        final Map<String, Set<String>> completions = new HashMap<>();

        Run(String id, long budget, Instant startedAt) {
            this.id = id;
            this.budget = budget;
            this.startedAt = startedAt;
        }

        Counters counters(String messageType) {
            return types.computeIfAbsent(messageType, type -> new Counters());
        }
    }

    private static final class Counters {
        long received;
        long handled;
        long failed;
        long emitted;
        long dropped;

        RunStats.TypeCounters snapshot() {
            return new RunStats.TypeCounters(received, handled, failed, emitted, dropped);
        }
    }
}
