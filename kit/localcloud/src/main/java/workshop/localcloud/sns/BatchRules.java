package workshop.localcloud.sns;

import java.util.List;

/**
 * The checks a PublishBatch request passes before any entry is published: SQS's batch rules (one
 * to ten entries, well-formed distinct ids) with SNS's error types.
 */
final class BatchRules {

    private static final workshop.localcloud.sqs.BatchRules.Refusals SNS = new workshop.localcloud.sqs.BatchRules.Refusals() {
        @Override
        public RuntimeException emptyBatch() {
            return SnsErrors.emptyBatch();
        }

        @Override
        public RuntimeException tooManyEntries(int entries, int maximum) {
            return SnsErrors.tooManyEntries();
        }

        @Override
        public RuntimeException invalidEntryId(String id) {
            return SnsErrors.invalidBatchEntryId();
        }

        @Override
        public RuntimeException entryIdsNotDistinct(String id) {
            return SnsErrors.idsNotDistinct();
        }
    };

    private BatchRules() {
    }

    static void validateEntryIds(List<String> ids) {
        workshop.localcloud.sqs.BatchRules.validateEntryIds(ids, SNS);
    }
}
