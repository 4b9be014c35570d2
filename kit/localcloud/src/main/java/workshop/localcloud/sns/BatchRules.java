package workshop.localcloud.sns;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a PublishBatch request passes before any entry is published: one to ten entries,
 * each with a well-formed id no other entry uses. A failed check refuses the whole request.
 */
final class BatchRules {

    static final int MAX_ENTRIES = 10;

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private BatchRules() {
    }

    static void validateEntryIds(List<String> ids) {
        if (ids.isEmpty()) {
            throw SnsErrors.emptyBatch();
        }
        if (ids.size() > MAX_ENTRIES) {
            throw SnsErrors.tooManyEntries();
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !ENTRY_ID.matcher(id).matches()) {
                throw SnsErrors.invalidBatchEntryId();
            }
            if (!seen.add(id)) {
                throw SnsErrors.idsNotDistinct();
            }
        }
    }
}
