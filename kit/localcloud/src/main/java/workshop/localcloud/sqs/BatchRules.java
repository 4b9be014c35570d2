package workshop.localcloud.sqs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every SQS batch request passes before any entry is processed: one to ten entries,
 * each with a well-formed id that no other entry of the request uses. A failed check refuses the
 * whole request; problems of a single entry are reported per entry instead.
 */
final class BatchRules {

    static final int MAX_ENTRIES = 10;

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private BatchRules() {
    }

    static void validateEntryIds(List<String> ids) {
        if (ids.isEmpty()) {
            throw SqsErrors.emptyBatch();
        }
        if (ids.size() > MAX_ENTRIES) {
            throw SqsErrors.tooManyEntries(ids.size(), MAX_ENTRIES);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !ENTRY_ID.matcher(id).matches()) {
                throw SqsErrors.invalidBatchEntryId(id);
            }
            if (!seen.add(id)) {
                throw SqsErrors.idsNotDistinct(id);
            }
        }
    }
}
