package workshop.localcloud.streams;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a function's partial batch response ({@code functionResponseType: ReportBatchItemFailures})
 * with Lambda's rules:
 * <ul>
 *   <li>a null response, a null or empty {@code batchItemFailures} list: the whole batch succeeded;</li>
 *   <li>an item identifier that is null, blank, or not a sequence number of the batch: the whole
 *       batch failed;</li>
 *   <li>otherwise the batch is checkpointed before the <em>lowest</em> failed sequence number and
 *       retried from there, so no record after a failure is skipped.</li>
 * </ul>
 */
final class BatchItemFailures {

    private BatchItemFailures() {
    }

    /** The outcome of a response: everything done, retry from an index, or a failed batch. */
    sealed interface Verdict {
        record AllSucceeded() implements Verdict {
        }

        record RetryFrom(int index) implements Verdict {
        }

        record Invalid(String reason) implements Verdict {
        }
    }

    static Verdict read(Object response, List<PolledRecord> batch) {
        List<String> identifiers = identifiersIn(response);
        if (identifiers == null || identifiers.isEmpty()) {
            return new Verdict.AllSucceeded();
        }
        OptionalInt lowest = OptionalInt.empty();
        for (String identifier : identifiers) {
            int index = indexOf(identifier, batch);
            if (index < 0) {
                return new Verdict.Invalid("batchItemFailures holds '" + identifier
                        + "', which is not a sequence number of this batch");
            }
            if (lowest.isEmpty() || index < lowest.getAsInt()) {
                lowest = OptionalInt.of(index);
            }
        }
        return new Verdict.RetryFrom(lowest.getAsInt());
    }

    private static int indexOf(String identifier, List<PolledRecord> batch) {
        if (identifier == null || identifier.isBlank()) {
            return -1;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).sequenceNumber().equals(identifier)) {
                return i;
            }
        }
        return -1;
    }

    /** The identifiers from a {@link StreamsEventResponse} or its JSON-like map form; null when there are none. */
    private static List<String> identifiersIn(Object response) {
        if (response instanceof StreamsEventResponse typed) {
            if (typed.getBatchItemFailures() == null) {
                return null;
            }
            List<String> identifiers = new ArrayList<>();
            typed.getBatchItemFailures().forEach(failure ->
                    identifiers.add(failure == null ? null : failure.getItemIdentifier()));
            return identifiers;
        }
        if (response instanceof Map<?, ?> map && map.get("batchItemFailures") instanceof List<?> failures) {
            List<String> identifiers = new ArrayList<>();
            for (Object failure : failures) {
                Object identifier = failure instanceof Map<?, ?> entry ? entry.get("itemIdentifier") : null;
                identifiers.add(identifier == null ? null : identifier.toString());
            }
            return identifiers;
        }
        return null;
    }
}
