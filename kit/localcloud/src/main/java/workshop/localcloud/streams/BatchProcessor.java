package workshop.localcloud.streams;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import workshop.localcloud.functions.Invocation;
import workshop.localcloud.functions.LambdaFunction;

/**
 * Delivers one batch of a shard to the function, with Lambda's error handling for stream sources:
 *
 * <ol>
 *   <li>The function succeeds: the batch is done.</li>
 *   <li>With {@code ReportBatchItemFailures}, it reports failed items: the records before the lowest
 *       failed sequence number are done; the rest is retried (a retry).</li>
 *   <li>It fails (error or timeout): with {@code bisectBatchOnFunctionError} a batch of two or more
 *       is split in two halves processed one after the other (splitting does not use up retries);
 *       otherwise the batch is retried.</li>
 *   <li>When {@code maximumRetryAttempts} retries are used up, the records are discarded: their
 *       description goes to the on-failure destination, and the shard moves on.</li>
 * </ol>
 *
 * The call returns only when every record of the batch is done or discarded: records of one shard
 * are never processed out of order.
 */
final class BatchProcessor {

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    private final LambdaFunction function;
    private final String functionArn;
    private final StreamReader reader;
    private final String shardId;
    private final StreamMappingSettings settings;
    private final FailureDestination onFailure;
    private final RetryBackoff backoff;
    private final StreamFaults faults;
    private final ShardProgress progress;
    private final Consumer<String> notices;
    private final Clock clock;

    BatchProcessor(LambdaFunction function, String functionArn, StreamReader reader, String shardId,
                   StreamMappingSettings settings, FailureDestination onFailure, RetryBackoff backoff,
                   StreamFaults faults, ShardProgress progress, Consumer<String> notices, Clock clock) {
        this.function = function;
        this.functionArn = functionArn;
        this.reader = reader;
        this.shardId = shardId;
        this.settings = settings;
        this.onFailure = onFailure;
        this.backoff = backoff;
        this.faults = faults;
        this.progress = progress;
        this.notices = notices;
        this.clock = clock;
    }

    /** Processes a batch to the end (done or discarded). */
    void process(List<PolledRecord> batch) throws InterruptedException {
        processWithRetries(batch, 0);
        List<PolledRecord> again = faults.pickRedeliveries(batch);
        if (!again.isEmpty()) {
            notices.accept("fault injection: delivering " + again.size() + " record(s) of " + shardId + " again");
            processWithRetries(again, 0);
        }
        progress.checkpoint(batch.get(batch.size() - 1).sequenceNumber());
    }

    private void processWithRetries(List<PolledRecord> records, int retriesUsed) throws InterruptedException {
        List<PolledRecord> pending = records;
        int retries = retriesUsed;
        while (true) {
            Invocation invocation = invoke(pending);
            int doneUpTo = doneCount(invocation, pending);
            if (doneUpTo == pending.size()) {
                return;
            }
            if (doneUpTo > 0) {
                progress.checkpoint(pending.get(doneUpTo - 1).sequenceNumber());
                pending = pending.subList(doneUpTo, pending.size());
            } else if (invocation.isFailure() && settings.bisectBatchOnFunctionError() && pending.size() > 1) {
                int half = pending.size() / 2;
                processWithRetries(pending.subList(0, half), retries);
                processWithRetries(pending.subList(half, pending.size()), retries);
                return;
            }
            if (!settings.retriesLeft(retries)) {
                discard(pending, retries, invocation);
                return;
            }
            retries++;
            progress.retried();
            backoff.pause(retries);
        }
    }

    private Invocation invoke(List<PolledRecord> records) {
        progress.invoked(records.size());
        return function.invoke(reader.eventOf(records));
    }

    /**
     * How many leading records of the batch are done after this invocation: all of them on success,
     * those before the lowest reported failure with a partial batch response, none on failure.
     */
    private int doneCount(Invocation invocation, List<PolledRecord> records) {
        if (invocation.isFailure()) {
            return 0;
        }
        if (!settings.reportBatchItemFailures()) {
            return records.size();
        }
        BatchItemFailures.Verdict verdict = BatchItemFailures.read(invocation.output(), records);
        if (verdict instanceof BatchItemFailures.Verdict.RetryFrom retryFrom) {
            return retryFrom.index();
        }
        if (verdict instanceof BatchItemFailures.Verdict.Invalid invalid) {
            notices.accept("the whole batch counts as failed: " + invalid.reason());
            return 0;
        }
        return records.size();
    }

    private void discard(List<PolledRecord> records, int retriesUsed, Invocation lastAttempt) {
        progress.discarded(records.size());
        progress.checkpoint(records.get(records.size() - 1).sequenceNumber());
        String reason = lastAttempt.isFailure() ? lastAttempt.error().errorMessage() : "partial batch failure";
        if (onFailure == null) {
            notices.accept("discarded " + records.size() + " record(s) of " + shardId + " after " + retriesUsed
                    + " retries (" + reason + "); no destinations.onFailure is configured, so they are lost");
            return;
        }
        onFailure.send(invocationRecord(records, retriesUsed, lastAttempt));
        notices.accept("discarded " + records.size() + " record(s) of " + shardId + " after " + retriesUsed
                + " retries (" + reason + "); their description went to the on-failure destination");
    }

    /** The document Lambda sends to an on-failure destination for a stream batch. */
    private String invocationRecord(List<PolledRecord> records, int retriesUsed, Invocation lastAttempt) {
        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("requestId", UUID.randomUUID().toString());
        requestContext.put("functionArn", functionArn);
        requestContext.put("condition", "RetryAttemptsExhausted");
        requestContext.put("approximateInvokeCount", retriesUsed + 1);

        Map<String, Object> responseContext = new LinkedHashMap<>();
        responseContext.put("statusCode", 200);
        responseContext.put("executedVersion", "$LATEST");
        if (lastAttempt.isFailure()) {
            responseContext.put("functionError", "Unhandled");
        }

        PolledRecord first = records.get(0);
        PolledRecord last = records.get(records.size() - 1);
        Map<String, Object> batchInfo = new LinkedHashMap<>();
        batchInfo.put("shardId", shardId);
        batchInfo.put("startSequenceNumber", first.sequenceNumber());
        batchInfo.put("endSequenceNumber", last.sequenceNumber());
        batchInfo.put("approximateArrivalOfFirstRecord", String.valueOf(first.approximateArrival()));
        batchInfo.put("approximateArrivalOfLastRecord", String.valueOf(last.approximateArrival()));
        batchInfo.put("batchSize", records.size());
        batchInfo.put("streamArn", reader.streamArn());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("requestContext", requestContext);
        document.put("responseContext", responseContext);
        document.put("version", "1.0");
        document.put("timestamp", clock.instant().toString());
        document.put(reader.batchInfoKey(), batchInfo);
        return JSON.toJson(document);
    }
}
