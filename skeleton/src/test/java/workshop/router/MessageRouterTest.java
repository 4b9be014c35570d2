package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import workshop.movies.ErrorEntry;
import workshop.movies.ErrorTable;
import workshop.router.RunStats.TypeCounters;

/** The dispatcher, on the in-memory runtime and stream: routing, filters, exactly-once, emits, kill switch. */
class MessageRouterTest {

    record PageUrl(String url, int depth) {
    }

    record PageBody(String url, String html) {
    }

    private final FakeTime time = new FakeTime();
    private final List<String> events = new ArrayList<>();
    private final TestStream stream = new TestStream(events);
    private final ErrorTable errors = mock(ErrorTable.class);
    /** The in-memory runtime, telling {@link #events} when a completion is written. */
    private final InMemoryRouterRuntime runtime = new InMemoryRouterRuntime(time) {
        @Override
        public void completed(Envelope envelope, String messageType, String handlerName, Map<String, Integer> emitted) {
            events.add("completed " + handlerName);
            super.completed(envelope, messageType, handlerName, emitted);
        }
    };
    private final MessageRouter router = new MessageRouter(runtime, stream, errors, time);
    private final List<String> calls = new ArrayList<>();
    private int nextRoot;

    @BeforeEach
    void startRun() {
        runtime.startRun("run1", 1000);
    }

    /** A run's first message, on the stream. */
    private Envelope put(String type, Object body) {
        return put("run1", type, body);
    }

    private Envelope put(String runId, String type, Object body) {
        Envelope envelope = Envelope.root("root-" + nextRoot++, runId, time.instant());
        stream.append(OutgoingMessage.of(type, envelope, body));
        return envelope;
    }

    private BatchOutcome processAll() {
        return router.process(stream.records());
    }

    private TypeCounters counters(String type) {
        return runtime.stats("run1").orElseThrow().byType().get(type);
    }

    private ErrorEntry onlyErrorEntry() {
        ArgumentCaptor<ErrorEntry> entry = ArgumentCaptor.forClass(ErrorEntry.class);
        verify(errors).record(entry.capture());
        return entry.getValue();
    }

    @Nested
    class Routing {

        @Test
        void eachMessageGoesToTheHandlerOfItsType() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add("url " + body.url() + " " + context.messageType()))
                    .on("pageBody", PageBody.class, (body, context) -> calls.add("body " + body.html()));
            put("pageUrl", new PageUrl("http://a/", 0));
            put("pageBody", new PageBody("http://a/", "<p>"));

            BatchOutcome outcome = processAll();

            assertThat(calls).containsExactly("url http://a/ pageUrl", "body <p>");
            assertThat(outcome).isEqualTo(new BatchOutcome(2, 0, 0, Optional.empty()));
        }

        @Test
        void everyHandlerOfATypeRunsInRegistrationOrderWithTheEnvelope() {
            Envelope sent = put("pageUrl", new PageUrl("http://a/", 0));
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add("first " + context.envelope().messageId()))
                    .on("pageUrl", PageUrl.class, "recorder", (body, context) -> calls.add("second"))
                    .on("pageUrl", PageUrl.class, (body, context) -> calls.add("third"));

            processAll();

            assertThat(calls).containsExactly("first " + sent.messageId(), "second", "third");
            assertThat(runtime.completedHandlers(sent)).containsExactlyInAnyOrder("pageUrl#0", "recorder", "pageUrl#2");
            assertThat(counters("pageUrl")).isEqualTo(new TypeCounters(1, 3, 0, 0, 0));
        }

        @Test
        void aTypeWithoutHandlerGoesToTheErrorTableAndTheBatchGoesOn() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
            put("pageLink", new PageUrl("http://x/", 0));
            put("pageUrl", new PageUrl("http://a/", 0));

            BatchOutcome outcome = processAll();

            ErrorEntry entry = onlyErrorEntry();
            assertThat(entry.id()).isEqualTo("record#" + TestStream.SHARD + "#" + TestStream.sequenceNumber(0));
            assertThat(entry.reason()).isEqualTo("no handler for messageType \"pageLink\"");
            assertThat(calls).containsExactly("http://a/");
            assertThat(outcome).isEqualTo(new BatchOutcome(1, 0, 1, Optional.empty()));
        }

        @Test
        void aRecordThatIsNotAMessageGoesToTheErrorTableWithItsPayload() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
            stream.appendRaw("{\"messageType\":\"pageUrl\"}".getBytes(StandardCharsets.UTF_8));

            BatchOutcome outcome = processAll();

            ErrorEntry entry = onlyErrorEntry();
            assertThat(entry.reason()).isEqualTo("system is missing");
            assertThat(entry.details()).containsEntry("payload", "{\"messageType\":\"pageUrl\"}");
            assertThat(outcome.rejected()).isEqualTo(1);
            assertThat(outcome.isComplete()).isTrue();
        }

        @Test
        void aBodyThatDoesNotFitTheClassGoesToTheErrorTableAndNoHandlerRuns() {
            router.on("pageUrl", PageBody.class, (body, context) -> calls.add("fits"))
                    .on("pageUrl", PageUrl.class, (body, context) -> calls.add("does not fit"));
            put("pageUrl", Map.of("url", "http://a/", "depth", "deep"));

            BatchOutcome outcome = processAll();

            assertThat(onlyErrorEntry().reason()).startsWith("pageUrl body does not fit PageUrl");
            assertThat(calls).isEmpty();
            assertThat(outcome.rejected()).isEqualTo(1);
        }

        @Test
        void aMessageOfARunNeverStartedGoesToTheErrorTable() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
            put("ghost-run", "pageUrl", new PageUrl("http://a/", 0));

            processAll();

            assertThat(onlyErrorEntry().reason()).isEqualTo("run ghost-run was never started");
            assertThat(calls).isEmpty();
        }

        @Test
        void handlerNamesAreUniquePerType() {
            router.on("pageUrl", PageUrl.class, "fetch", (body, context) -> { });

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> router.on("pageUrl", PageUrl.class, "fetch", (body, context) -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Filters {

        @Test
        void filtersRunInTheOrderDeclaredBeforeTheHandlers() {
            router.filter("first", message -> { calls.add("filter 1"); return FilterVerdict.pass(); })
                    .filter("second", message -> { calls.add("filter 2"); return FilterVerdict.pass(); })
                    .on("pageUrl", PageUrl.class, (body, context) -> calls.add("handler"));
            put("pageUrl", new PageUrl("http://a/", 0));

            processAll();

            assertThat(calls).containsExactly("filter 1", "filter 2", "handler");
        }

        @Test
        void theFirstDropWinsAndNothingAfterItRuns() {
            router.filter("scope", message -> FilterVerdict.drop("other host"))
                    .filter("never", message -> { calls.add("later filter"); return FilterVerdict.pass(); })
                    .on("pageUrl", PageUrl.class, (body, context) -> calls.add("handler"));
            put("pageUrl", new PageUrl("http://elsewhere/", 0));

            BatchOutcome outcome = processAll();

            assertThat(calls).isEmpty();
            assertThat(outcome).isEqualTo(new BatchOutcome(0, 1, 0, Optional.empty()));
            RunStats stats = runtime.stats("run1").orElseThrow();
            assertThat(stats.dropped()).isEqualTo(1);
            assertThat(stats.admitted()).isZero();
            assertThat(stats.byType().get("pageUrl")).isEqualTo(new TypeCounters(1, 0, 0, 0, 1));
        }

        @Test
        void aFilterSeesTheWholeMessage() {
            List<RoutedMessage> seen = new ArrayList<>();
            router.filter("look", message -> { seen.add(message); return FilterVerdict.pass(); })
                    .on("pageUrl", PageUrl.class, (body, context) -> { });
            Envelope sent = put("pageUrl", new PageUrl("http://a/", 0));

            processAll();

            assertThat(seen).singleElement().satisfies(message -> {
                assertThat(message.envelope()).isEqualTo(sent);
                assertThat(message.body().get("url").getAsString()).isEqualTo("http://a/");
            });
        }

        @Test
        void theBuiltInGuardDropsMessagesDeeperThanTheMaximum() {
            router.on("loop", PageUrl.class, (body, context) -> context.emit("loop", body));
            put("loop", new PageUrl("http://a/", 0));

            stream.drain(router, 100, false, 200);

            TypeCounters loop = counters("loop");
            assertThat(loop.handled()).isEqualTo(MessageRouter.MAX_DEPTH + 1); // depths 0 to 64
            assertThat(loop.dropped()).isEqualTo(1);                             // depth 65
            assertThat(stream.messages()).hasSize(MessageRouter.MAX_DEPTH + 2);
        }
    }

    @Nested
    class ExactlyOnce {

        @Test
        void aBatchRetriedAfterAFailureRunsNoHandlerOfTheRecordsBeforeItAgain() {
            AtomicInteger failuresLeft = new AtomicInteger(1);
            router.on("pageUrl", PageUrl.class, (body, context) -> {
                calls.add(body.url());
                if (body.url().equals("http://b/") && failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("connection reset");
                }
            });
            put("pageUrl", new PageUrl("http://a/", 0));
            put("pageUrl", new PageUrl("http://b/", 0));
            put("pageUrl", new PageUrl("http://c/", 0));

            BatchOutcome first = processAll();
            BatchOutcome retried = processAll(); // Lambda may deliver the whole batch again

            assertThat(first.retryFrom()).contains(TestStream.sequenceNumber(1));
            assertThat(first.handled()).isEqualTo(1);
            assertThat(first.failure()).isEqualTo("pageUrl#0 threw IllegalStateException: connection reset");
            assertThat(retried.isComplete()).isTrue();
            assertThat(calls).containsExactly("http://a/", "http://b/", "http://b/", "http://c/");
            assertThat(counters("pageUrl")).isEqualTo(new TypeCounters(3, 3, 1, 0, 0));
        }

        @Test
        void whenTheSecondHandlerFailedTheRetryRunsOnlyTheSecond() {
            AtomicInteger failuresLeft = new AtomicInteger(1);
            router.on("pageBody", PageBody.class, (body, context) -> calls.add("links"))
                    .on("pageBody", PageBody.class, (body, context) -> {
                        calls.add("record");
                        if (failuresLeft.getAndDecrement() > 0) {
                            throw new IllegalStateException("table busy");
                        }
                    });
            put("pageBody", new PageBody("http://a/", "<p>"));

            processAll();
            processAll();

            assertThat(calls).containsExactly("links", "record", "record");
            assertThat(counters("pageBody")).isEqualTo(new TypeCounters(1, 2, 1, 0, 0));
        }

        @Test
        void twoCopiesOfAMessageInOneBatchAreHandledOnce() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
            Envelope envelope = put("pageUrl", new PageUrl("http://a/", 0));
            stream.append(OutgoingMessage.of("pageUrl", envelope, new PageUrl("http://a/", 0)));

            BatchOutcome outcome = processAll();

            assertThat(calls).containsExactly("http://a/");
            assertThat(outcome.handled()).isEqualTo(2);
            assertThat(counters("pageUrl")).isEqualTo(new TypeCounters(1, 1, 0, 0, 0));
        }

        @Test
        void anErrorTableThatFailsStopsTheBatchAtThatRecord() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
            put("pageUrl", new PageUrl("http://a/", 0));
            stream.appendRaw(new byte[] {'x'});
            doThrow(new IllegalStateException("throttled")).when(errors).record(any());

            BatchOutcome outcome = processAll();

            assertThat(outcome.retryFrom()).contains(TestStream.sequenceNumber(1));
            assertThat(outcome.handled()).isEqualTo(1);
            assertThat(outcome.failure()).isEqualTo("IllegalStateException: throttled");
        }
    }

    @Nested
    class Emits {

        @Test
        void anEmittedMessageIsAChildWithADeterministicId() {
            router.on("pageUrl", PageUrl.class, (body, context) -> {
                context.emit("pageBody", new PageBody(body.url(), "<a>"));
                context.emit("pageBody", new PageBody(body.url(), "<b>"));
            });
            Envelope parent = put("pageUrl", new PageUrl("http://a/", 0));

            processAll();

            List<OutgoingMessage> emitted = stream.messages().subList(1, 3);
            assertThat(emitted).extracting(OutgoingMessage::envelope).containsExactly(
                    parent.child(MessageIds.child(parent.messageId(), "pageUrl#0", 0), time.instant()),
                    parent.child(MessageIds.child(parent.messageId(), "pageUrl#0", 1), time.instant()));
            RoutedMessage decoded = MessageCodec.decode(emitted.get(1).data());
            assertThat(decoded.messageType()).isEqualTo("pageBody");
            assertThat(MessageCodec.bodyAs(decoded.body(), PageBody.class)).isEqualTo(new PageBody("http://a/", "<b>"));
            assertThat(emitted.get(0).partitionKey()).isEqualTo(emitted.get(0).envelope().messageId());
            assertThat(counters("pageBody").emitted()).isEqualTo(2);
        }

        @Test
        void theEmitsOfABatchArePutTogetherBeforeTheCompletionsAreWritten() {
            router.on("pageUrl", PageUrl.class, (body, context) -> context.emit("pageBody", new PageBody(body.url(), "")));
            put("pageUrl", new PageUrl("http://a/", 0));
            put("pageUrl", new PageUrl("http://b/", 0));
            put("pageUrl", new PageUrl("http://c/", 0));

            processAll();

            assertThat(stream.puts).containsExactly(3);
            assertThat(events).containsExactly("put 3", "completed pageUrl#0", "completed pageUrl#0", "completed pageUrl#0");
        }

        @Test
        void emitsGoOutInFullBatchesOf500() {
            router.on("pageUrl", PageUrl.class, (body, context) -> {
                context.emit("pageBody", new PageBody(body.url(), ""));
                context.emit("pageBody", new PageBody(body.url(), ""));
            });
            for (int index = 0; index < 300; index++) {
                put("pageUrl", new PageUrl("http://a/" + index, 0));
            }

            BatchOutcome outcome = processAll();

            assertThat(stream.puts).containsExactly(500, 100);
            assertThat(outcome.handled()).isEqualTo(300);
        }

        @Test
        void theEmitsOfAHandlerThatThrewAreDiscardedThoseBeforeItArePut() {
            router.on("pageUrl", PageUrl.class, (body, context) -> {
                context.emit("pageBody", new PageBody(body.url(), ""));
                if (body.url().equals("http://b/")) {
                    throw new IllegalStateException("too slow");
                }
            });
            put("pageUrl", new PageUrl("http://a/", 0));
            put("pageUrl", new PageUrl("http://b/", 0));

            BatchOutcome outcome = processAll();

            assertThat(outcome.retryFrom()).contains(TestStream.sequenceNumber(1));
            assertThat(stream.messages()).hasSize(3); // the two roots and the one message of http://a/
            assertThat(MessageCodec.decode(stream.messages().get(2).data()).body().get("url").getAsString()).isEqualTo("http://a/");
            assertThat(events).containsExactly("put 1", "completed pageUrl#0");
            // Only the message of http://a/ counts as emitted; the discarded one does not.
            assertThat(counters("pageBody")).isEqualTo(new TypeCounters(0, 0, 0, 1, 0));
        }

        @Test
        void whenTheStreamRefusesNoCompletionIsWrittenAndTheRetryEmitsTheSameIds() {
            router.on("pageUrl", PageUrl.class, (body, context) -> {
                calls.add(body.url());
                context.emit("pageBody", new PageBody(body.url(), ""));
            });
            put("pageUrl", new PageUrl("http://a/", 0));
            put("pageUrl", new PageUrl("http://b/", 0));
            stream.failingPuts = 1;

            BatchOutcome failed = processAll();
            List<String> firstIds = stream.attempted.stream().map(message -> message.envelope().messageId()).toList();
            BatchOutcome retried = processAll();

            assertThat(failed.retryFrom()).contains(TestStream.sequenceNumber(0));
            assertThat(failed.handled()).isZero();
            assertThat(retried.isComplete()).isTrue();
            assertThat(calls).containsExactly("http://a/", "http://b/", "http://a/", "http://b/");
            assertThat(stream.messages().subList(2, 4)).extracting(message -> message.envelope().messageId())
                    .containsExactlyElementsOf(firstIds.subList(0, 2));
            assertThat(counters("pageUrl").handled()).isEqualTo(2);
        }

        @Test
        void aMessageOverTheRecordLimitFailsTheHandlerThatEmittedIt() {
            router.on("pageUrl", PageUrl.class, (body, context) ->
                    context.emit("pageBody", new PageBody(body.url(), "x".repeat(OutgoingMessage.MAX_RECORD_BYTES))));
            put("pageUrl", new PageUrl("http://a/", 0));

            BatchOutcome outcome = processAll();

            assertThat(outcome.failure()).contains("over Kinesis's limit");
            assertThat(counters("pageUrl").failed()).isEqualTo(1);
            assertThat(stream.puts).isEmpty();
        }
    }

    @Nested
    class KillSwitch {

        @BeforeEach
        void handler() {
            router.on("pageUrl", PageUrl.class, (body, context) -> calls.add(body.url()));
        }

        @Test
        void messagesOverTheBudgetAreDroppedAndTheRunTerminated() {
            runtime.startRun("small", 2);
            for (int index = 0; index < 4; index++) {
                put("small", "pageUrl", new PageUrl("http://a/" + index, 0));
            }

            BatchOutcome outcome = processAll();

            assertThat(calls).containsExactly("http://a/0", "http://a/1");
            assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, Optional.empty()));
            RunStats stats = runtime.stats("small").orElseThrow();
            assertThat(stats.terminated()).isEqualTo("budget");
            assertThat(stats.admitted()).isEqualTo(2);
            assertThat(stats.dropped()).isEqualTo(2);
        }

        @Test
        void afterTerminateEveryMessageIsDropped() {
            put("pageUrl", new PageUrl("http://a/", 0));
            runtime.terminate("run1", "operator");

            BatchOutcome outcome = processAll();

            assertThat(calls).isEmpty();
            assertThat(outcome.dropped()).isEqualTo(1);
            assertThat(runtime.stats("run1").orElseThrow().terminated()).isEqualTo("operator");
        }

        @Test
        void aRedeliveredDroppedMessageIsCountedOnce() {
            runtime.startRun("small", 1);
            put("small", "pageUrl", new PageUrl("http://a/", 0));
            put("small", "pageUrl", new PageUrl("http://b/", 0));

            processAll();
            processAll();

            RunStats stats = runtime.stats("small").orElseThrow();
            assertThat(stats.dropped()).isEqualTo(1);
            assertThat(stats.byType().get("pageUrl")).isEqualTo(new TypeCounters(2, 1, 0, 0, 1));
            assertThat(calls).containsExactly("http://a/");
        }

        @Test
        void aMessageLetInBeforeTheSwitchIsFinishedAfterIt() {
            AtomicInteger failuresLeft = new AtomicInteger(1);
            MessageRouter failingOnce = new MessageRouter(runtime, stream, errors, time)
                    .on("pageUrl", PageUrl.class, (body, context) -> {
                        calls.add(body.url());
                        if (failuresLeft.getAndDecrement() > 0) {
                            throw new IllegalStateException("once");
                        }
                    });
            put("pageUrl", new PageUrl("http://a/", 0));

            failingOnce.process(stream.records());
            runtime.terminate("run1", "operator");
            failingOnce.process(stream.records());

            assertThat(calls).containsExactly("http://a/", "http://a/");
            assertThat(counters("pageUrl").handled()).isEqualTo(1);
            verify(errors, never()).record(any());
        }
    }
}
