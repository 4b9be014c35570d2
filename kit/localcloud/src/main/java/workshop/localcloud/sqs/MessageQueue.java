package workshop.localcloud.sqs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * One standard queue: its messages, their visibility, and the long polls waiting for them.
 *
 * <p>Visibility (delays, visibility timeouts, retention) is decided by the {@link Clock}, so tests
 * can move time forward. Long polling waits in real time, because a caller's {@code
 * WaitTimeSeconds} is real time: a waiting receive is woken as soon as a message is sent or made
 * visible again, and otherwise sleeps until the next message is due by the clock or the wait ends.
 *
 * <p>Thread-safe: every method takes the queue's lock; a waiting receive releases it while it waits.
 */
final class MessageQueue {

    /** PurgeQueue may run once per 60 seconds per queue (SQS {@code PurgeQueue} reference). */
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(60);

    private final String name;
    private final String url;
    private final String arn;
    private final Clock clock;
    private final Instant createdAt;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever a message may have become receivable, or the queue went away. */
    private final Condition receivableOrGone = lock.newCondition();
    /** In send order, which is the best-effort order a standard queue hands messages out in. */
    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();

    private QueueSettings settings;
    private Instant lastModifiedAt;
    private Instant lastPurgedAt;
    private boolean gone;

    MessageQueue(String name, String url, String arn, QueueSettings settings, Clock clock) {
        this.name = name;
        this.url = url;
        this.arn = arn;
        this.settings = settings;
        this.clock = clock;
        this.createdAt = clock.instant();
        this.lastModifiedAt = createdAt;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    String arn() {
        return arn;
    }

    Instant createdAt() {
        return createdAt;
    }

    QueueSettings settings() {
        lock.lock();
        try {
            return settings;
        } finally {
            lock.unlock();
        }
    }

    Instant lastModifiedAt() {
        lock.lock();
        try {
            return lastModifiedAt;
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the settings with {@code change} applied to them; its exceptions leave them as they were. */
    void changeSettings(UnaryOperator<QueueSettings> change) {
        lock.lock();
        try {
            settings = change.apply(settings);
            lastModifiedAt = clock.instant();
        } finally {
            lock.unlock();
        }
    }

    /** Stores a validated message; it becomes receivable after {@code delay}. Returns its id. */
    String send(String body, Map<String, MessageAttributeValue> attributes, Duration delay) {
        lock.lock();
        try {
            String messageId = UUID.randomUUID().toString();
            messages.put(messageId, new StoredMessage(messageId, body, attributes, clock.instant(), delay));
            receivableOrGone.signalAll();
            return messageId;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Receives up to {@code maxMessages} visible messages, making them invisible for {@code
     * visibilityTimeout}. When none is visible, waits up to {@code wait} (long polling) and returns
     * as soon as at least one is; returns an empty list when the wait ends empty-handed.
     */
    List<ReceivedMessage> receive(int maxMessages, Duration visibilityTimeout, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            while (true) {
                List<ReceivedMessage> received = takeVisible(maxMessages, visibilityTimeout);
                long remaining = deadline - System.nanoTime();
                if (!received.isEmpty() || gone || remaining <= 0) {
                    return received;
                }
                receivableOrGone.awaitNanos(Math.min(remaining, nanosUntilNextMessageIsDue()));
            }
        } catch (InterruptedException interrupted) {
            // What the SDK does when the calling thread is interrupted during a call.
            Thread.currentThread().interrupt();
            throw AbortedException.builder().message("Thread was interrupted during ReceiveMessage").build();
        } finally {
            lock.unlock();
        }
    }

    private List<ReceivedMessage> takeVisible(int maxMessages, Duration visibilityTimeout) {
        Instant now = clock.instant();
        dropExpiredMessages(now);
        List<ReceivedMessage> received = new ArrayList<>();
        for (StoredMessage message : messages.values()) {
            if (received.size() == maxMessages) {
                break;
            }
            if (message.isVisibleAt(now)) {
                received.add(message.receive(now, visibilityTimeout));
            }
        }
        return received;
    }

    /** Real time to wait until the clock says the next hidden message is visible again. */
    private long nanosUntilNextMessageIsDue() {
        Instant now = clock.instant();
        return messages.values().stream()
                .filter(message -> !message.isVisibleAt(now))
                .mapToLong(message -> Duration.between(now, message.visibleAt()).toNanos())
                .min()
                .orElse(Long.MAX_VALUE);
    }

    /**
     * Deletes the message if {@code handle} is its latest receipt. As the SQS reference says, an
     * older handle (the message was received again since) succeeds without deleting, and so does
     * deleting a message that is already gone.
     */
    void delete(ReceiptHandle handle) {
        lock.lock();
        try {
            StoredMessage message = messages.get(handle.messageId());
            if (message != null && message.isCurrentReceipt(handle)) {
                messages.remove(handle.messageId());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets a new visibility timeout, counted from now, for a message that is in flight. */
    void changeVisibility(ReceiptHandle handle, String encodedHandle, Duration timeout) {
        lock.lock();
        try {
            Instant now = clock.instant();
            dropExpiredMessages(now);
            StoredMessage message = messages.get(handle.messageId());
            if (message == null || !message.isCurrentReceipt(handle)) {
                throw SqsErrors.invalidParameterValue("Value " + encodedHandle + " for parameter ReceiptHandle is"
                        + " invalid. Reason: Message does not exist or is not available for visibility timeout change.");
            }
            if (!message.isInFlightAt(now)) {
                throw SqsErrors.messageNotInflight();
            }
            message.makeVisibleAfter(now, timeout);
            receivableOrGone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void purge() {
        lock.lock();
        try {
            Instant now = clock.instant();
            if (lastPurgedAt != null && now.isBefore(lastPurgedAt.plus(PURGE_INTERVAL))) {
                throw SqsErrors.purgeInProgress(url);
            }
            lastPurgedAt = now;
            messages.clear();
        } finally {
            lock.unlock();
        }
    }

    QueueCounts counts() {
        lock.lock();
        try {
            Instant now = clock.instant();
            dropExpiredMessages(now);
            int visible = 0;
            int inFlight = 0;
            int delayed = 0;
            for (StoredMessage message : messages.values()) {
                if (message.isVisibleAt(now)) {
                    visible++;
                } else if (message.isInFlightAt(now)) {
                    inFlight++;
                } else if (message.isDelayedAt(now)) {
                    delayed++;
                }
            }
            return new QueueCounts(visible, inFlight, delayed);
        } finally {
            lock.unlock();
        }
    }

    /** The queue was deleted or the client closed: waiting receives return empty at once. */
    void markGone() {
        lock.lock();
        try {
            gone = true;
            messages.clear();
            receivableOrGone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** For tests that must know a long poll is really waiting before they send. */
    boolean hasWaitingReceivers() {
        lock.lock();
        try {
            return lock.hasWaiters(receivableOrGone);
        } finally {
            lock.unlock();
        }
    }

    private void dropExpiredMessages(Instant now) {
        Duration retention = Duration.ofSeconds(settings.messageRetentionSeconds());
        messages.values().removeIf(message -> !now.isBefore(message.sentAt().plus(retention)));
    }

    /** The three approximate counts of {@code GetQueueAttributes}. */
    record QueueCounts(int visible, int inFlight, int delayed) {
    }
}
