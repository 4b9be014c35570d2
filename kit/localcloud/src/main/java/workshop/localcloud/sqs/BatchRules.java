package workshop.localcloud.sqs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every SQS batch request, and SNS's PublishBatch, passes before any entry is processed:
 * one to ten entries, each with a well-formed id that no other entry of the request uses. A failed
 * check refuses the whole request; problems of a single entry are reported per entry instead.
 * Both services apply the same rules but name the errors their own way, hence {@link Refusals}.
 */
public final class BatchRules {

    public static final int MAX_ENTRIES = 10;

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    /** The errors one service raises when a batch breaks the rules. */
    public interface Refusals {

        RuntimeException emptyBatch();

        RuntimeException tooManyEntries(int entries, int maximum);

        RuntimeException invalidEntryId(String id);

        RuntimeException entryIdsNotDistinct(String id);
    }

    /** SQS's own errors. */
    static final Refusals SQS = new Refusals() {
        @Override
        public RuntimeException emptyBatch() {
            return SqsErrors.emptyBatch();
        }

        @Override
        public RuntimeException tooManyEntries(int entries, int maximum) {
            return SqsErrors.tooManyEntries(entries, maximum);
        }

        @Override
        public RuntimeException invalidEntryId(String id) {
            return SqsErrors.invalidBatchEntryId(id);
        }

        @Override
        public RuntimeException entryIdsNotDistinct(String id) {
            return SqsErrors.idsNotDistinct(id);
        }
    };

    private BatchRules() {
    }

    static void validateEntryIds(List<String> ids) {
        validateEntryIds(ids, SQS);
    }

    public static void validateEntryIds(List<String> ids, Refusals refusals) {
        if (ids.isEmpty()) {
            throw refusals.emptyBatch();
        }
        if (ids.size() > MAX_ENTRIES) {
            throw refusals.tooManyEntries(ids.size(), MAX_ENTRIES);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !ENTRY_ID.matcher(id).matches()) {
                throw refusals.invalidEntryId(id);
            }
            if (!seen.add(id)) {
                throw refusals.entryIdsNotDistinct(id);
            }
        }
    }
}
