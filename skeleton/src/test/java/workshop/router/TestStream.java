package workshop.router;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-shard stream in memory for the router's tests: the router's {@link StreamSink}, and the source of
 * the batches it processes. Records get increasing sequence numbers; {@link #drain} feeds the router
 * batch after batch, as Lambda would, until nothing is left, retrying from where a batch stopped.
 */
final class TestStream implements StreamSink {

    static final String SHARD = "shardId-000000000000";

    private final List<StreamRecord> records = new ArrayList<>();
    /** Sizes of the {@link #put} calls. */
    final List<Integer> puts = new ArrayList<>();
    /** Every message put, in order (what a consumer of the stream would see). */
    final List<OutgoingMessage> messages = new ArrayList<>();
    /** Events in order, "put n" here; tests add their own (e.g. completions) to see the order. */
    final List<String> events;
    /** How many of the next put calls fail (after recording what they were asked to put). */
    int failingPuts;
    final List<OutgoingMessage> attempted = new ArrayList<>();
    private int position;

    TestStream() {
        this(new ArrayList<>());
    }

    TestStream(List<String> events) {
        this.events = events;
    }

    @Override
    public void put(List<OutgoingMessage> batch) {
        attempted.addAll(batch);
        if (failingPuts > 0) {
            failingPuts--;
            throw new MessagesNotSentException("stream unavailable (test)");
        }
        puts.add(batch.size());
        events.add("put " + batch.size());
        batch.forEach(this::append);
    }

    /** Puts a message as a producer outside the router would (a run's first message). */
    void append(OutgoingMessage message) {
        messages.add(message);
        records.add(new StreamRecord(SHARD, sequenceNumber(records.size()), message.partitionKey(), message.data()));
    }

    void appendRaw(byte[] data) {
        records.add(new StreamRecord(SHARD, sequenceNumber(records.size()), "raw", data));
    }

    static String sequenceNumber(int index) {
        return String.format("%056d", index + 1);
    }

    /** The records from the last read position on, up to {@code batchSize}, without moving the position. */
    List<StreamRecord> peek(int batchSize) {
        return List.copyOf(records.subList(position, Math.min(records.size(), position + batchSize)));
    }

    /**
     * Delivers every record to the router in batches of {@code batchSize}, as Lambda: a batch that stops
     * is delivered again from the record it names. With {@code redeliverEachBatch}, every batch is also
     * delivered a second time whole, as after a timeout. Gives up after {@code maxInvocations}.
     */
    List<BatchOutcome> drain(MessageRouter router, int batchSize, boolean redeliverEachBatch, int maxInvocations) {
        List<BatchOutcome> outcomes = new ArrayList<>();
        while (position < records.size()) {
            if (outcomes.size() >= maxInvocations) {
                throw new AssertionError("the stream did not drain in " + maxInvocations + " invocations");
            }
            List<StreamRecord> batch = peek(batchSize);
            BatchOutcome outcome = router.process(batch);
            outcomes.add(outcome);
            if (redeliverEachBatch && outcome.isComplete()) {
                outcomes.add(router.process(batch));
            }
            position = outcome.retryFrom().map(this::indexOf).orElse(position + batch.size());
        }
        return outcomes;
    }

    List<OutgoingMessage> messages() {
        return List.copyOf(messages);
    }

    List<StreamRecord> records() {
        return List.copyOf(records);
    }

    private int indexOf(String sequenceNumber) {
        for (int index = 0; index < records.size(); index++) {
            if (records.get(index).sequenceNumber().equals(sequenceNumber)) {
                return index;
            }
        }
        throw new AssertionError("no record " + sequenceNumber);
    }
}
