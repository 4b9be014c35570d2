package workshop.localcloud.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import workshop.localcloud.functions.Invocation;
import workshop.localcloud.functions.LambdaFunction;

/**
 * The error handling of stream event source mappings, on one shard: retries, bisection, partial
 * batch responses, on-failure destinations and redelivery.
 */
class BatchProcessorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final List<List<String>> invocations = new ArrayList<>();
    private final List<String> destination = new ArrayList<>();
    private final List<String> processed = new ArrayList<>();
    private final ShardProgress progress = new ShardProgress("shardId-000000000000");
    private final StreamFaults faults = new StreamFaults();

    @Test
    void failingBatchIsRetriedThenDescribedToTheOnFailureDestination() throws Exception {
        BatchProcessor processor = processor(settings(2, false, false), batch -> failure("boom"));

        processor.process(records(1, 3));

        assertThat(invocations).hasSize(3).allSatisfy(batch -> assertThat(batch).containsExactly("1", "2", "3"));
        assertThat(destination).hasSize(1);
        JsonObject record = JsonParser.parseString(destination.get(0)).getAsJsonObject();
        JsonObject batchInfo = record.getAsJsonObject("KinesisBatchInfo");
        assertThat(batchInfo.get("startSequenceNumber").getAsString()).isEqualTo("1");
        assertThat(batchInfo.get("endSequenceNumber").getAsString()).isEqualTo("3");
        assertThat(batchInfo.get("batchSize").getAsInt()).isEqualTo(3);
        assertThat(batchInfo.get("shardId").getAsString()).isEqualTo("shardId-000000000000");
        assertThat(batchInfo.get("streamArn").getAsString()).isEqualTo(TestStream.ARN);
        assertThat(record.getAsJsonObject("requestContext").get("condition").getAsString())
                .isEqualTo("RetryAttemptsExhausted");
        assertThat(record.getAsJsonObject("requestContext").get("approximateInvokeCount").getAsInt()).isEqualTo(3);
        assertThat(record.getAsJsonObject("responseContext").get("functionError").getAsString()).isEqualTo("Unhandled");
        assertThat(progress.snapshot().checkpoint()).isEqualTo("3");
        assertThat(progress.snapshot().retries()).isEqualTo(2);
        assertThat(progress.snapshot().recordsDiscarded()).isEqualTo(3);
    }

    @Test
    void bisectionIsolatesTheOneBadRecordAndEveryOtherRecordIsProcessedInOrder() throws Exception {
        BatchProcessor processor = processor(settings(0, true, false), batch -> {
            if (batch.contains("5")) {
                return failure("record 5 is poison");
            }
            processed.addAll(batch);
            return success(null);
        });

        processor.process(records(1, 8));

        assertThat(processed).containsExactly("1", "2", "3", "4", "6", "7", "8");
        assertThat(destination).hasSize(1);
        JsonObject batchInfo = JsonParser.parseString(destination.get(0)).getAsJsonObject()
                .getAsJsonObject("KinesisBatchInfo");
        assertThat(batchInfo.get("startSequenceNumber").getAsString()).isEqualTo("5");
        assertThat(batchInfo.get("endSequenceNumber").getAsString()).isEqualTo("5");
        assertThat(batchInfo.get("batchSize").getAsInt()).isEqualTo(1);
        assertThat(progress.snapshot().checkpoint()).isEqualTo("8");
    }

    @Test
    void splittingDoesNotUseUpRetries() throws Exception {
        BatchProcessor processor = processor(settings(1, true, false), batch -> {
            if (batch.contains("2")) {
                return failure("record 2 is poison");
            }
            processed.addAll(batch);
            return success(null);
        });

        processor.process(records(1, 4));

        // [1..4] fails → [1,2] fails → [1] ok, [2] fails, is retried once (its one retry), discarded; [3,4] ok.
        assertThat(invocations).containsExactly(
                List.of("1", "2", "3", "4"), List.of("1", "2"), List.of("1"), List.of("2"), List.of("2"),
                List.of("3", "4"));
        assertThat(processed).containsExactly("1", "3", "4");
    }

    @Test
    void partialBatchFailureResumesFromTheLowestFailedSequenceNumber() throws Exception {
        List<Integer> attempt = new ArrayList<>();
        BatchProcessor processor = processor(settings(3, false, true), batch -> {
            attempt.add(1);
            if (attempt.size() == 1) {
                processed.addAll(List.of("1", "2"));
                return success(itemFailures("5", "3"));
            }
            processed.addAll(batch);
            return success(itemFailures());
        });

        processor.process(records(1, 6));

        assertThat(invocations).containsExactly(List.of("1", "2", "3", "4", "5", "6"), List.of("3", "4", "5", "6"));
        assertThat(processed).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(destination).isEmpty();
        assertThat(progress.snapshot().checkpoint()).isEqualTo("6");
    }

    @Test
    void partialFailuresThatNeverClearAreDiscardedFromTheFailedRecordOn() throws Exception {
        BatchProcessor processor = processor(settings(1, false, true), batch -> success(itemFailures("3")));

        processor.process(records(1, 4));

        assertThat(invocations).containsExactly(List.of("1", "2", "3", "4"), List.of("3", "4"));
        JsonObject batchInfo = JsonParser.parseString(destination.get(0)).getAsJsonObject()
                .getAsJsonObject("KinesisBatchInfo");
        assertThat(batchInfo.get("startSequenceNumber").getAsString()).isEqualTo("3");
        assertThat(batchInfo.get("endSequenceNumber").getAsString()).isEqualTo("4");
    }

    @Test
    void anItemIdentifierThatIsNotInTheBatchFailsTheWholeBatch() throws Exception {
        BatchProcessor processor = processor(settings(1, false, true), batch -> success(itemFailures("42")));

        processor.process(records(1, 2));

        assertThat(invocations).containsExactly(List.of("1", "2"), List.of("1", "2"));
        assertThat(destination).hasSize(1);
    }

    @Test
    void aNullOrEmptyPartialResponseMeansTheWholeBatchSucceeded() throws Exception {
        BatchProcessor withNull = processor(settings(1, false, true), batch -> success(null));
        BatchProcessor withEmpty = processor(settings(1, false, true), batch -> success(new StreamsEventResponse()));

        withNull.process(records(1, 2));
        withEmpty.process(records(3, 4));

        assertThat(invocations).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThat(destination).isEmpty();
    }

    @Test
    void partialResponseIsIgnoredWhenTheMappingDoesNotAskForIt() throws Exception {
        BatchProcessor processor = processor(settings(1, false, false), batch -> success(itemFailures("1")));

        processor.process(records(1, 2));

        assertThat(invocations).hasSize(1);
    }

    @Test
    void mapFormOfThePartialResponseIsUnderstood() throws Exception {
        List<Integer> attempt = new ArrayList<>();
        BatchProcessor processor = processor(settings(1, false, true), batch -> {
            attempt.add(1);
            return success(attempt.size() == 1
                    ? Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "2")))
                    : Map.of("batchItemFailures", List.of()));
        });

        processor.process(records(1, 3));

        assertThat(invocations).containsExactly(List.of("1", "2", "3"), List.of("2", "3"));
    }

    @Test
    void redeliveryDeliversProcessedRecordsASecondTime() throws Exception {
        faults.redeliver(1.0, RandomGenerator.of("L64X128MixRandom"));
        BatchProcessor processor = processor(settings(0, false, false), batch -> {
            processed.addAll(batch);
            return success(null);
        });

        processor.process(records(1, 3));

        assertThat(processed).containsExactly("1", "2", "3", "1", "2", "3");
    }

    @Test
    void redeliveryOfAShareTouchesOnlyThatShare() throws Exception {
        faults.redeliver(0.2, RandomGenerator.of("L64X128MixRandom"));
        BatchProcessor processor = processor(settings(0, false, false), batch -> {
            processed.addAll(batch);
            return success(null);
        });

        processor.process(records(1, 1000));

        int redelivered = processed.size() - 1000;
        assertThat(redelivered).isBetween(140, 260);
        assertThat(Set.copyOf(processed)).hasSize(1000);
    }

    private BatchProcessor processor(StreamMappingSettings settings, Function<List<String>, Invocation> behaviour) {
        LambdaFunction function = new LambdaFunction() {
            @Override
            public String name() {
                return "consumer";
            }

            @Override
            public Class<?> eventType() {
                return List.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Invocation invoke(Object event) {
                List<String> payloads = (List<String>) event;
                invocations.add(List.copyOf(payloads));
                return behaviour.apply(payloads);
            }
        };
        return new BatchProcessor(function, "arn:aws:lambda:us-east-1:000000000000:function:consumer",
                new TestStream(), progress.shardId(), settings, destination::add, RetryBackoff.none(), faults,
                progress, notice -> { }, CLOCK);
    }

    private static StreamMappingSettings settings(int maximumRetryAttempts, boolean bisect, boolean reportItemFailures) {
        return new StreamMappingSettings(100, "TRIM_HORIZON", maximumRetryAttempts, bisect, reportItemFailures);
    }

    private static List<PolledRecord> records(int first, int last) {
        return IntStream.rangeClosed(first, last)
                .mapToObj(i -> new PolledRecord("shardId-000000000000", String.valueOf(i), CLOCK.instant(), String.valueOf(i)))
                .toList();
    }

    private static Invocation success(Object output) {
        return Invocation.succeeded(output);
    }

    private static Invocation failure(String message) {
        return Invocation.failed(new Invocation.FunctionError("java.lang.IllegalStateException", message, List.of()));
    }

    private static StreamsEventResponse itemFailures(String... sequenceNumbers) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (String sequenceNumber : sequenceNumbers) {
            failures.add(new StreamsEventResponse.BatchItemFailure(sequenceNumber));
        }
        return new StreamsEventResponse(failures);
    }

    /** A stream whose "event" is the list of record payloads, so the tests read plainly. */
    private static final class TestStream implements StreamReader {
        static final String ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/test";

        @Override
        public String streamArn() {
            return ARN;
        }

        @Override
        public List<String> shardIds() {
            return List.of("shardId-000000000000");
        }

        @Override
        public ShardCursor open(String shardId, String startingPosition) {
            throw new UnsupportedOperationException("batches are handed to the processor directly");
        }

        @Override
        public Object eventOf(List<PolledRecord> batch) {
            return batch.stream().map(record -> (String) record.sourceRecord()).toList();
        }

        @Override
        public Class<?> eventType() {
            return List.class;
        }

        @Override
        public String batchInfoKey() {
            return "KinesisBatchInfo";
        }
    }
}
