package workshop.router;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import workshop.movies.ErrorEntry;
import workshop.movies.ErrorTable;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * Routes the records of one Kinesis batch to the handlers registered per message type: the one piece of
 * the framework a Lambda function needs (see {@link RouterFunction}).
 *
 * <p>Each record, in stream order:
 * <ol>
 *   <li><b>decode</b> ({@link MessageCodec}); a record that is not a message goes to the error table;</li>
 *   <li><b>route</b>: a type without a handler goes to the error table;</li>
 *   <li><b>filters</b>, in the order declared, the built-in depth guard first; the first that drops the
 *       message wins, it is counted as dropped and never let in (it uses none of the budget);</li>
 *   <li><b>admission</b> ({@link RouterRuntime#admit}): the budget and the kill switch; a dropped message is
 *       acknowledged; a message of a run never started goes to the error table; a message let in before
 *       (a redelivery) goes on, and only its handlers without a completion marker run;</li>
 *   <li><b>handlers</b>, in registration order, each with the body decoded into its own class (a body that
 *       does not fit goes to the error table, and no handler runs).</li>
 * </ol>
 * A record that went to the error table is acknowledged: failing the batch for it would only deliver it
 * again and again and block the shard behind it.
 *
 * <p>A handler that throws stops the batch there: the failure is counted, what the handlers before it
 * emitted is put on the stream and their completions written, and the outcome names the record's
 * sequence number: Lambda delivers the shard again from it, and the handlers that completed are skipped.
 * Messages emitted by the handler that threw are discarded. The same happens when the runtime table, the
 * error table or the stream fails: nothing is lost, the batch is retried from the first record not done.
 *
 * <p>Emitted messages are buffered and put on the stream in large batches before the completion
 * markers of the handlers that emitted them are written ({@link EmitBuffer} says why in that order).
 */
public class MessageRouter {

    /** The depth at which the built-in guard drops messages: a handler loop cannot go on for ever. */
    public static final int MAX_DEPTH = 64;
    /** The name of the built-in filter, always the first. */
    public static final String DEPTH_GUARD = "maxDepth";

    /** One handler of a type, with the class its body is decoded into and its completion marker's name. */
    private record Registration<T>(String name, Class<T> bodyType, MessageHandler<T> handler) {

        void handle(Object body, MessageContext context) {
            handler.handle(bodyType.cast(body), context);
        }
    }

    private record NamedFilter(String name, MessageFilter filter) {
    }

    private final RouterRuntime runtime;
    private final StreamSink sink;
    private final ErrorTable errors;
    private final Clock clock;
    private final Map<String, List<Registration<?>>> handlers = new LinkedHashMap<>();
    private final List<NamedFilter> filters = new ArrayList<>();

    public MessageRouter(RouterRuntime runtime, StreamSink sink, ErrorTable errors, Clock clock) {
        this.runtime = runtime;
        this.sink = sink;
        this.errors = errors;
        this.clock = clock;
        filter(DEPTH_GUARD, message -> message.envelope().depth() <= MAX_DEPTH
                ? FilterVerdict.pass()
                : FilterVerdict.drop("depth " + message.envelope().depth() + " is over " + MAX_DEPTH));
    }

    /**
     * A router on the resources the function's environment names: {@code STREAM_NAME} (where emitted
     * messages go), {@code RUNTIME_TABLE} (bookkeeping) and {@code ERROR_TABLE}.
     */
    public static MessageRouter fromEnvironment() {
        Clock clock = Clock.systemUTC();
        return new MessageRouter(
                new DynamoDbRouterRuntime(AwsClients.dynamoDb(), Env.required("RUNTIME_TABLE"), clock),
                new KinesisStreamSink(AwsClients.kinesis(), Env.required("STREAM_NAME")),
                new ErrorTable(AwsClients.dynamoDb(), Env.required("ERROR_TABLE")),
                clock);
    }

    /** Registers {@code handler} for {@code messageType}; its name is {@code messageType#n}, n = 0, 1, ... in order. */
    public <T> MessageRouter on(String messageType, Class<T> bodyType, MessageHandler<T> handler) {
        int index = handlers.getOrDefault(messageType, List.of()).size();
        return on(messageType, bodyType, messageType + "#" + index, handler);
    }

    /**
     * Registers {@code handler} under an explicit name (its completion marker's key). Names are unique per
     * type; keep a name when the code changes while messages are in flight, or the handler runs again.
     */
    public <T> MessageRouter on(String messageType, Class<T> bodyType, String handlerName, MessageHandler<T> handler) {
        MessageCodec.requireType(messageType);
        if (handlerName == null || handlerName.isBlank()) {
            throw new IllegalArgumentException("a handler needs a name");
        }
        List<Registration<?>> registered = handlers.computeIfAbsent(messageType, type -> new ArrayList<>());
        if (registered.stream().anyMatch(registration -> registration.name().equals(handlerName))) {
            throw new IllegalArgumentException(messageType + " has a handler named " + handlerName + " already");
        }
        registered.add(new Registration<>(handlerName, bodyType, handler));
        return this;
    }

    /** Adds a filter after the ones already declared. Filters should be quick and decide from the message alone. */
    public MessageRouter filter(String name, MessageFilter filter) {
        if (filters.stream().anyMatch(declared -> declared.name().equals(name))) {
            throw new IllegalArgumentException("there is a filter named " + name + " already");
        }
        filters.add(new NamedFilter(name, filter));
        return this;
    }

    /** Processes the records of one batch in order. */
    public BatchOutcome process(List<StreamRecord> records) {
        Batch batch = new Batch(new EmitBuffer(sink, runtime));
        for (StreamRecord record : records) {
            try {
                route(record, batch);
            } catch (RuntimeException failure) {
                return batch.stopAt(record, failure);
            }
        }
        return batch.finish();
    }

    private void route(StreamRecord record, Batch batch) {
        RoutedMessage message;
        try {
            message = MessageCodec.decode(record.data());
        } catch (UndecodableMessageException undecodable) {
            reject(record, undecodable.getMessage(), batch);
            return;
        }
        List<Registration<?>> registered = handlers.get(message.messageType());
        if (registered == null) {
            reject(record, "no handler for messageType \"" + message.messageType() + "\"", batch);
            return;
        }

        Admission admission = filterAndAdmit(message);
        if (admission.decision() == Admission.Decision.UNKNOWN_RUN) {
            reject(record, admission.reason(), batch);
            return;
        }
        if (!admission.letIn()) {
            batch.dropped++;
            return;
        }

        List<Registration<?>> toRun = handlersNotDone(message, registered, admission, batch);
        List<Object> bodies = new ArrayList<>();
        try {
            for (Registration<?> registration : toRun) {
                bodies.add(MessageCodec.bodyAs(message.body(), registration.bodyType()));
            }
        } catch (UndecodableMessageException doesNotFit) {
            reject(record, message.messageType() + " " + doesNotFit.getMessage(), batch);
            return;
        }
        for (int index = 0; index < toRun.size(); index++) {
            runHandler(record, message, toRun.get(index), bodies.get(index), batch);
        }
        batch.buffer.messageFinished();
    }

    /** The filters in order, then the admission; the first filter that drops the message decides. */
    private Admission filterAndAdmit(RoutedMessage message) {
        for (NamedFilter filter : filters) {
            FilterVerdict verdict = filter.filter().check(message);
            if (!verdict.passes()) {
                return runtime.drop(message.envelope(), message.messageType(), filter.name() + ": " + verdict.reason());
            }
        }
        return runtime.admit(message.envelope(), message.messageType());
    }

    /** All handlers for a new message; for a redelivered one, those without a completion marker. */
    private List<Registration<?>> handlersNotDone(RoutedMessage message, List<Registration<?>> registered,
                                                  Admission admission, Batch batch) {
        if (admission.decision() == Admission.Decision.ADMITTED) {
            return registered;
        }
        // The copy handled earlier may be in this very batch, its completions still in the buffer: write
        // them first, so that the markers say everything done so far.
        batch.handled += batch.buffer.flush();
        Set<String> done = runtime.completedHandlers(message.envelope());
        return registered.stream().filter(registration -> !done.contains(registration.name())).toList();
    }

    private void runHandler(StreamRecord record, RoutedMessage message, Registration<?> registration, Object body,
                            Batch batch) {
        Emitter emitter = new Emitter(message, registration.name());
        try {
            registration.handle(body, emitter);
        } catch (RuntimeException failure) {
            runtime.failed(message.envelope(), message.messageType(), registration.name());
            throw new HandlerFailedException(registration.name(), failure);
        }
        batch.buffer.add(new EmitBuffer.Completion(record, message.envelope(), message.messageType(),
                registration.name(), emitter.countsByType()), emitter.emitted);
        if (batch.buffer.isFull()) {
            batch.handled += batch.buffer.flush();
        }
    }

    private void reject(StreamRecord record, String reason, Batch batch) {
        errors.record(ErrorEntry.forRecord(record.shardId(), record.sequenceNumber(), record.partitionKey(),
                record.data(), reason, clock.instant()));
        batch.rejected++;
    }

    /** The counts of one {@link #process} call and its emitted messages. */
    private static final class Batch {
        final EmitBuffer buffer;
        int handled;
        int dropped;
        int rejected;

        Batch(EmitBuffer buffer) {
            this.buffer = buffer;
        }

        BatchOutcome finish() {
            try {
                handled += buffer.flush();
            } catch (RuntimeException failure) {
                // Only writing completions can fail here, so there is a record they belong to.
                return stopped(buffer.firstPendingRecord().orElseThrow(), failure);
            }
            return new BatchOutcome(handled, dropped, rejected, Optional.empty(), null);
        }

        /**
         * The batch stops at {@code record}: what the handlers before it emitted goes on the stream and
         * their completions are written first; if that fails too, it starts again from the first record
         * whose completions are not written.
         */
        BatchOutcome stopAt(StreamRecord record, RuntimeException failure) {
            try {
                handled += buffer.flush();
            } catch (RuntimeException flushFailed) {
                return stopped(buffer.firstPendingRecord().orElse(record), flushFailed);
            }
            return stopped(record, failure);
        }

        private BatchOutcome stopped(StreamRecord retryFrom, RuntimeException failure) {
            return new BatchOutcome(handled, dropped, rejected, Optional.of(retryFrom.sequenceNumber()), describe(failure));
        }

        private static String describe(RuntimeException failure) {
            return failure instanceof HandlerFailedException ? failure.getMessage()
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }

    /** The context of one handler call: it collects what the handler emits, with deterministic ids. */
    private final class Emitter implements MessageContext {
        private final RoutedMessage message;
        private final String handlerName;
        private final List<OutgoingMessage> emitted = new ArrayList<>();

        Emitter(RoutedMessage message, String handlerName) {
            this.message = message;
            this.handlerName = handlerName;
        }

        @Override
        public Envelope envelope() {
            return message.envelope();
        }

        @Override
        public String messageType() {
            return message.messageType();
        }

        @Override
        public void emit(String messageType, Object body) {
            String childId = MessageIds.child(message.envelope().messageId(), handlerName, emitted.size());
            emitted.add(OutgoingMessage.of(messageType, message.envelope().child(childId, clock.instant()), body));
        }

        Map<String, Integer> countsByType() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            emitted.forEach(outgoing -> counts.merge(outgoing.messageType(), 1, Integer::sum));
            return counts;
        }
    }

    /** A handler threw: the batch stops at its record. */
    private static final class HandlerFailedException extends RuntimeException {
        HandlerFailedException(String handlerName, RuntimeException cause) {
            super(handlerName + " threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
