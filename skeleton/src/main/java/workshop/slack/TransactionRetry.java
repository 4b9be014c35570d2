package workshop.slack;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs a {@code TransactWriteItems} call, trying again when DynamoDB cancels it only because another
 * transaction was touching the same items at the same time ({@code TransactionConflict}).
 *
 * <p>Popular words are exactly such items: two messages containing "hello" sent at once conflict.
 * A cancelled transaction wrote nothing, so running it again cannot count twice. The SDK does not
 * retry cancellations by itself: it cannot know which reasons are worth another try.
 *
 * <p>Each attempt carries a new {@code ClientRequestToken}. The SDK's own retries (after a timeout or a
 * 500) resend the same request with the same token, and DynamoDB then answers "done" without applying
 * it a second time: that is what makes a lost response safe to retry.
 */
final class TransactionRetry {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(10);

    private TransactionRetry() {
    }

    static void write(DynamoDbClient dynamoDb, TransactWriteItemsRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(request.toBuilder().clientRequestToken(UUID.randomUUID().toString()).build());
                return;
            } catch (TransactionCanceledException cancelled) {
                if (!onlyConflicts(cancelled) || attempt == MAX_ATTEMPTS) {
                    throw cancelled;
                }
                sleepBeforeAttempt(attempt + 1);
            }
        }
    }

    private static boolean onlyConflicts(TransactionCanceledException cancelled) {
        boolean conflict = false;
        for (CancellationReason reason : cancelled.cancellationReasons()) {
            String code = reason.code();
            if ("TransactionConflict".equals(code)) {
                conflict = true;
            } else if (code != null && !"None".equals(code)) {
                return false;
            }
        }
        return conflict;
    }

    /** Exponential backoff with full jitter, so the conflicting writers do not collide again in step. */
    private static void sleepBeforeAttempt(int attempt) {
        long ceiling = FIRST_BACKOFF.toMillis() << Math.min(attempt - 2, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }
}
