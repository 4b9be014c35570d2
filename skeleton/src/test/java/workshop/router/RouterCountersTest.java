package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.movies.ErrorTable;
import workshop.router.RunStats.TypeCounters;

/**
 * The counter invariants over whole runs, the stream included, on both runtimes, with and without
 * redelivery. For a finished run without failures:
 * <ul>
 *   <li>received(type) = distinct messages of the type that arrived (however often each was delivered);</li>
 *   <li>handled(type) = (received(type) − dropped(type)) × handlers of the type;</li>
 *   <li>emitted(type), summed over the parents = received(type) minus the run's first messages of the type;</li>
 *   <li>admitted + dropped of the run = received summed over the types; admitted ≤ budget.</li>
 * </ul>
 * The tree: one {@code seed} emits 3 {@code page}; {@code page} has 2 handlers, the first emits 2
 * {@code leaf}; {@code leaf} has 1 handler, which fails once on its first attempt in each run.
 */
class RouterCountersTest {

    @RegisterExtension
    static final RuntimeTableExtension dynamoDb = new RuntimeTableExtension();

    record Node(String name) {
    }

    static Function<FakeTime, RouterRuntime> inMemory() {
        return InMemoryRouterRuntime::new;
    }

    static Function<FakeTime, RouterRuntime> onDynamoDb() {
        return time -> new DynamoDbRouterRuntime(dynamoDb.client(), dynamoDb.newTable(), time);
    }

    static Iterable<Arguments> runtimes() {
        return java.util.List.of(
                Arguments.of("in memory", inMemory(), false),
                Arguments.of("in memory, every batch delivered twice", inMemory(), true),
                Arguments.of("DynamoDB", onDynamoDb(), false),
                Arguments.of("DynamoDB, every batch delivered twice", onDynamoDb(), true));
    }

    private final FakeTime time = new FakeTime();
    private final TestStream stream = new TestStream();
    private final Set<String> handledLeaves = new HashSet<>();
    private int leafAttempts;

    private MessageRouter router(RouterRuntime runtime) {
        return new MessageRouter(runtime, stream, mock(ErrorTable.class), time)
                .on("seed", Node.class, (body, context) -> {
                    for (int index = 0; index < 3; index++) {
                        context.emit("page", new Node(body.name() + "/" + index));
                    }
                })
                .on("page", Node.class, (body, context) -> {
                    context.emit("leaf", new Node(body.name() + "/a"));
                    context.emit("leaf", new Node(body.name() + "/b"));
                })
                .on("page", Node.class, (body, context) -> { })
                .on("leaf", Node.class, (body, context) -> {
                    if (leafAttempts++ == 0) {
                        throw new IllegalStateException("first leaf attempt fails");
                    }
                    if (!handledLeaves.add(body.name())) {
                        throw new AssertionError("leaf handled twice: " + body.name());
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimes")
    void aFinishedRunCountsEveryMessageOnce(String name, Function<FakeTime, RouterRuntime> runtimes, boolean redeliver) {
        RouterRuntime runtime = runtimes.apply(time);
        runtime.startRun("run1", 100);
        stream.append(OutgoingMessage.of("seed", Envelope.root("seed", "run1", time.instant()), new Node("s")));

        stream.drain(router(runtime), 4, redeliver, 50);

        RunStats stats = runtime.stats("run1").orElseThrow();
        assertThat(stats.byType()).isEqualTo(Map.of(
                "seed", new TypeCounters(1, 1, 0, 0, 0),
                "page", new TypeCounters(3, 6, 0, 3, 0),
                "leaf", new TypeCounters(6, 6, 1, 6, 0)));
        assertThat(stats.admitted()).isEqualTo(10);
        assertThat(stats.dropped()).isZero();
        assertThat(stats.terminated()).isNull();
        assertThat(handledLeaves).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimes")
    void aRunStopsAtItsBudgetWithCountersThatAddUp(String name, Function<FakeTime, RouterRuntime> runtimes, boolean redeliver) {
        RouterRuntime runtime = runtimes.apply(time);
        runtime.startRun("run1", 5);
        stream.append(OutgoingMessage.of("seed", Envelope.root("seed", "run1", time.instant()), new Node("s")));

        stream.drain(router(runtime), 4, redeliver, 50);

        RunStats stats = runtime.stats("run1").orElseThrow();
        assertThat(stats.admitted()).isEqualTo(5);
        assertThat(stats.terminated()).isEqualTo("budget");
        long received = stats.byType().values().stream().mapToLong(TypeCounters::received).sum();
        assertThat(stats.admitted() + stats.dropped()).isEqualTo(received);
        Map<String, Integer> handlers = Map.of("seed", 1, "page", 2, "leaf", 1);
        stats.byType().forEach((type, counters) ->
                assertThat(counters.handled()).as(type).isEqualTo((counters.received() - counters.dropped()) * handlers.get(type)));
        // seed, 3 pages, 1 leaf admitted: every page emitted its 2 leaves, 5 of the 6 leaves were dropped.
        assertThat(stats.byType().get("leaf")).isEqualTo(new TypeCounters(6, 1, 1, 6, 5));
    }
}
