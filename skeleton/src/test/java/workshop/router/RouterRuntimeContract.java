package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workshop.router.Admission.Decision;
import workshop.router.RunStats.TypeCounters;

/**
 * What every {@link RouterRuntime} does, run against each implementation (the in-memory one and the
 * DynamoDB one on DynamoDB Local), so the router's unit tests on the fast one say something about the real one.
 */
abstract class RouterRuntimeContract {

    protected final FakeTime time = new FakeTime();
    private RouterRuntime runtime;
    private int nextId;

    /** A runtime with nothing in it, on {@link #time}. */
    protected abstract RouterRuntime newRuntime();

    @BeforeEach
    void createRuntime() {
        runtime = newRuntime();
    }

    private Envelope message(String runId) {
        return Envelope.root("m" + nextId++, runId, time.instant());
    }

    private TypeCounters counters(String runId, String type) {
        return runtime.stats(runId).orElseThrow().byType().get(type);
    }

    @Test
    void aNewRunHasItsBudgetAndNoCounts() {
        runtime.startRun("r1", 5);

        RunStats stats = runtime.stats("r1").orElseThrow();
        assertThat(stats).isEqualTo(new RunStats("r1", 5, FakeTime.T0, null, 0, 0, Map.of()));
        assertThat(runtime.stats("r2")).isEmpty();
    }

    @Test
    void aRunStartsOnceWithABudgetOfAtLeastOne() {
        runtime.startRun("r1", 1);

        assertThatThrownBy(() -> runtime.startRun("r1", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runtime.startRun("r2", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(runtime.stats("r2")).isEmpty();
    }

    @Test
    void admittingCountsAMessageOnceHoweverOftenItComes() {
        runtime.startRun("r1", 10);
        Envelope first = message("r1");

        assertThat(runtime.admit(first, "pageUrl").decision()).isEqualTo(Decision.ADMITTED);
        assertThat(runtime.admit(first, "pageUrl").decision()).isEqualTo(Decision.REDELIVERED);
        assertThat(runtime.admit(message("r1"), "pageUrl").decision()).isEqualTo(Decision.ADMITTED);

        assertThat(runtime.stats("r1").orElseThrow().admitted()).isEqualTo(2);
        assertThat(counters("r1", "pageUrl")).isEqualTo(new TypeCounters(2, 0, 0, 0, 0));
    }

    @Test
    void theBudgetAdmitsThatManyMessagesThenTerminatesTheRun() {
        runtime.startRun("r1", 2);
        runtime.admit(message("r1"), "pageUrl");
        runtime.admit(message("r1"), "pageUrl");

        Envelope third = message("r1");
        Admission overBudget = runtime.admit(third, "pageBody");

        assertThat(overBudget).isEqualTo(Admission.dropped("budget"));
        RunStats stats = runtime.stats("r1").orElseThrow();
        assertThat(stats.terminated()).isEqualTo("budget");
        assertThat(stats.admitted()).isEqualTo(2);
        assertThat(stats.dropped()).isEqualTo(1);
        assertThat(stats.byType().get("pageBody")).isEqualTo(new TypeCounters(1, 0, 0, 0, 1));

        // Delivered again: the same answer, not counted again.
        assertThat(runtime.admit(third, "pageBody")).isEqualTo(Admission.dropped("budget"));
        assertThat(runtime.stats("r1").orElseThrow().dropped()).isEqualTo(1);
        assertThat(counters("r1", "pageBody").received()).isEqualTo(1);
    }

    @Test
    void aMessageLetInBeforeTheBudgetRanOutIsStillARedelivery() {
        runtime.startRun("r1", 1);
        Envelope first = message("r1");
        runtime.admit(first, "pageUrl");
        runtime.admit(message("r1"), "pageUrl");

        assertThat(runtime.admit(first, "pageUrl").decision()).isEqualTo(Decision.REDELIVERED);
    }

    @Test
    void terminatingDropsEveryFurtherMessageWithTheOperatorsReason() {
        runtime.startRun("r1", 100);
        runtime.terminate("r1", "operator");
        runtime.terminate("r1", "again");

        assertThat(runtime.admit(message("r1"), "pageUrl")).isEqualTo(Admission.dropped("operator"));
        RunStats stats = runtime.stats("r1").orElseThrow();
        assertThat(stats.terminated()).isEqualTo("operator");
        assertThat(stats.admitted()).isZero();
        assertThat(stats.dropped()).isEqualTo(1);
    }

    @Test
    void anOperatorsReasonStaysWhenTheBudgetRunsOutToo() {
        runtime.startRun("r1", 1);
        runtime.admit(message("r1"), "pageUrl");
        runtime.terminate("r1", "operator");

        assertThat(runtime.admit(message("r1"), "pageUrl")).isEqualTo(Admission.dropped("operator"));
        assertThat(runtime.stats("r1").orElseThrow().terminated()).isEqualTo("operator");
    }

    @Test
    void terminatingAnUnknownRunIsRefused() {
        assertThatThrownBy(() -> runtime.terminate("nope", "operator")).isInstanceOf(IllegalArgumentException.class);
        assertThat(runtime.stats("nope")).isEmpty();
    }

    @Test
    void aMessageOfARunNeverStartedIsUnknown() {
        assertThat(runtime.admit(message("nope"), "pageUrl").decision()).isEqualTo(Decision.UNKNOWN_RUN);
        assertThat(runtime.drop(message("nope"), "pageUrl", "f: no").decision()).isEqualTo(Decision.UNKNOWN_RUN);
        assertThat(runtime.stats("nope")).isEmpty();
    }

    @Test
    void aFilteredMessageIsReceivedAndDroppedOnceWithoutUsingTheBudget() {
        runtime.startRun("r1", 1);
        Envelope filtered = message("r1");

        assertThat(runtime.drop(filtered, "pageUrl", "scope: other host")).isEqualTo(Admission.dropped("scope: other host"));
        assertThat(runtime.drop(filtered, "pageUrl", "scope: other host")).isEqualTo(Admission.dropped("scope: other host"));
        assertThat(runtime.admit(message("r1"), "pageUrl").decision()).isEqualTo(Decision.ADMITTED);

        RunStats stats = runtime.stats("r1").orElseThrow();
        assertThat(stats.admitted()).isEqualTo(1);
        assertThat(stats.dropped()).isEqualTo(1);
        assertThat(stats.terminated()).isNull();
        assertThat(stats.byType().get("pageUrl")).isEqualTo(new TypeCounters(2, 0, 0, 0, 1));
    }

    @Test
    void aMessageLetInBeforeIsARedeliveryEvenWhenAFilterNowDropsIt() {
        runtime.startRun("r1", 5);
        Envelope admitted = message("r1");
        runtime.admit(admitted, "pageUrl");

        assertThat(runtime.drop(admitted, "pageUrl", "f: no").decision()).isEqualTo(Decision.REDELIVERED);
        assertThat(runtime.stats("r1").orElseThrow().dropped()).isZero();
    }

    @Test
    void aCompletionIsMarkedAndCountedOnce() {
        runtime.startRun("r1", 5);
        Envelope parent = message("r1");
        runtime.admit(parent, "pageBody");

        runtime.completed(parent, "pageBody", "pageBody#0", Map.of("pageUrl", 3, "pageBody", 1));
        runtime.completed(parent, "pageBody", "pageBody#0", Map.of("pageUrl", 3, "pageBody", 1));
        runtime.completed(parent, "pageBody", "pageBody#1", Map.of());

        assertThat(runtime.completedHandlers(parent)).isEqualTo(Set.of("pageBody#0", "pageBody#1"));
        assertThat(runtime.completedHandlers(message("r1"))).isEmpty();
        assertThat(counters("r1", "pageBody")).isEqualTo(new TypeCounters(1, 2, 0, 1, 0));
        assertThat(counters("r1", "pageUrl")).isEqualTo(new TypeCounters(0, 0, 0, 3, 0));
    }

    @Test
    void everyFailedAttemptCounts() {
        runtime.startRun("r1", 5);
        Envelope message = message("r1");
        runtime.admit(message, "pageUrl");

        runtime.failed(message, "pageUrl", "pageUrl#0");
        runtime.failed(message, "pageUrl", "pageUrl#0");

        assertThat(counters("r1", "pageUrl").failed()).isEqualTo(2);
    }

    @Test
    void theLatestRunIsTheOneStartedLast() {
        assertThat(runtime.latestRunId()).isEmpty();

        runtime.startRun("b-first", 1);
        time.advance(Duration.ofMillis(500)); // 10:00:00.500 must sort after 10:00:00 (fixed-width times)
        runtime.startRun("a-second", 1);
        time.advance(Duration.ofSeconds(1));
        runtime.startRun("c-third", 1);

        assertThat(runtime.latestRunId()).contains("c-third");
        assertThat(runtime.stats("a-second").orElseThrow().startedAt()).isEqualTo(FakeTime.T0.plusMillis(500));
    }
}
