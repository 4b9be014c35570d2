package workshop.router;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Processes the records of one batch in order, as the class comment says, and tells Lambda how far it
     * got.
     *
     * <p>For each record: decode it ({@link MessageCodec#decode}); find the handlers of its type; run the
     * filters in the order declared ({@link #filter}; the first {@link FilterVerdict#drop} wins and goes to
     * {@link RouterRuntime#drop}), else ask {@link RouterRuntime#admit}; then decode the body for each
     * handler ({@link MessageCodec#bodyAs}) and run the handlers in registration order, each with a
     * {@link MessageContext} whose {@link MessageContext#emit} gives the child message the id
     * {@link MessageIds#child}(parent id, handler name, index of the emit) and the envelope
     * {@link Envelope#child}. A redelivered message ({@link Admission.Decision#REDELIVERED}) runs only the
     * handlers not in {@link RouterRuntime#completedHandlers}.
     *
     * <p>What a handler emitted and its completion go into an {@link EmitBuffer} (flushed when
     * {@link EmitBuffer#isFull() full}, before reading a redelivered message's completions, and at the
     * end): the messages reach the stream before the completion markers are written. Records that are not
     * messages, of a type without handler, of a run never started, or whose body does not fit its class
     * go to the error table ({@link ErrorEntry#forRecord}) and count as rejected.
     *
     * <p>The first failure (a handler throws: count it with {@link RouterRuntime#failed}; or the error
     * table, the runtime or the stream fails) stops the batch at that record: flush what the handlers
     * before it did, drop what the failing handler emitted, and return an outcome whose
     * {@link BatchOutcome#retryFrom} is that record's sequence number (or the first record whose
     * completions could not be written) with a {@link BatchOutcome#failure} that names the handler.
     *
     * @return how many messages were handled, dropped and rejected, and where to start again, if anywhere
     */
    public BatchOutcome process(List<StreamRecord> records) {
        throw new UnsupportedOperationException(
                "Exercise 13: route every record of the batch to its handlers - see exercises/13-route-messages/README.md");
    }
}
