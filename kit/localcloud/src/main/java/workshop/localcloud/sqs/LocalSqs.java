package workshop.localcloud.sqs;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequest;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityRequest;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityResponse;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.CreateQueueResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageResponse;
import software.amazon.awssdk.services.sqs.model.DeleteQueueRequest;
import software.amazon.awssdk.services.sqs.model.DeleteQueueResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.ListQueuesRequest;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.PurgeQueueRequest;
import software.amazon.awssdk.services.sqs.model.PurgeQueueResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.SetQueueAttributesResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Amazon SQS standard queues in memory, behind the SDK's own {@link SqsClient} interface, so that
 * handler code calls it exactly as it calls AWS. Limits, defaults and error types follow the SQS
 * API reference; see the class comments of {@link MessageQueue} for how time is handled.
 *
 * <p>Queue URLs have the AWS form {@code https://sqs.<region>.amazonaws.com/<account>/<name>}; they
 * are identifiers only, nothing listens there. FIFO queues, dead-letter redrive and tags are not
 * implemented and are refused with a clear message rather than silently ignored.
 *
 * <p>Thread-safe.
 */
public final class LocalSqs implements SqsClient {

    /** SendMessageBatch: the sum of all messages of a request, whatever the queue's own limit. */
    private static final int MAX_BATCH_PAYLOAD = QueueSettings.MAX_MESSAGE_SIZE;
    private static final int MAX_LIST_RESULTS = 1000;
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final String region;
    private final String accountId;
    private final Clock clock;
    private final ConcurrentMap<String, MessageQueue> queuesByName = new ConcurrentHashMap<>();

    public LocalSqs(String region, String accountId, Clock clock) {
        this.region = Objects.requireNonNull(region, "region");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Ends waiting long polls (they return empty); nothing else to release, all state is in memory. */
    @Override
    public void close() {
        queuesByName.values().forEach(MessageQueue::markGone);
    }

    // ---------------------------------------------------------------- queues

    /**
     * Creates a standard queue, or returns the existing one when every given attribute matches it,
     * as AWS does; a different value for an attribute is {@code QueueNameExists}.
     */
    @Override
    public CreateQueueResponse createQueue(CreateQueueRequest request) {
        String name = request.queueName();
        requireValidQueueName(name);
        Map<String, String> requested = request.attributesAsStrings();
        QueueSettings settings = QueueSettings.defaults().with(requested);
        MessageQueue queue = queuesByName.computeIfAbsent(name,
                newName -> new MessageQueue(newName, urlOf(newName), arnOf(newName), settings, clock));
        Map<String, String> existing = queue.settings().asAttributes();
        Map<String, String> wanted = settings.asAttributes();
        for (String attribute : requested.keySet()) {
            if (!Objects.equals(existing.get(attribute), wanted.get(attribute))) {
                throw SqsErrors.queueNameExists(attribute);
            }
        }
        return CreateQueueResponse.builder().queueUrl(queue.url()).build();
    }

    @Override
    public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
        if (request.queueName() == null) {
            throw SqsErrors.missingParameter("QueueName");
        }
        String owner = request.queueOwnerAWSAccountId();
        MessageQueue queue = queuesByName.get(request.queueName());
        if (queue == null || (owner != null && !owner.equals(accountId))) {
            throw SqsErrors.queueDoesNotExist();
        }
        return GetQueueUrlResponse.builder().queueUrl(queue.url()).build();
    }

    /**
     * Queue URLs in name order. Without {@code MaxResults} SQS returns up to 1000 and no token; with
     * it, pages of that size, where the token is simply the name the next page starts at.
     */
    @Override
    public ListQueuesResponse listQueues(ListQueuesRequest request) {
        Integer maxResults = request.maxResults();
        if (maxResults != null) {
            requireParameterInRange("MaxResults", maxResults, 1, MAX_LIST_RESULTS);
        }
        String prefix = Objects.requireNonNullElse(request.queueNamePrefix(), "");
        String startName = Objects.requireNonNullElse(request.nextToken(), "");
        List<MessageQueue> matching = queuesByName.values().stream()
                .filter(queue -> queue.name().startsWith(prefix))
                .filter(queue -> queue.name().compareTo(startName) >= 0)
                .sorted(Comparator.comparing(MessageQueue::name))
                .toList();
        int pageSize = maxResults != null ? maxResults : MAX_LIST_RESULTS;
        List<MessageQueue> page = matching.subList(0, Math.min(pageSize, matching.size()));
        ListQueuesResponse.Builder response = ListQueuesResponse.builder()
                .queueUrls(page.stream().map(MessageQueue::url).toList());
        if (maxResults != null && matching.size() > pageSize) {
            response.nextToken(matching.get(pageSize).name());
        }
        return response.build();
    }

    /** Only the attributes asked for (or {@code All}), as SQS does; none asked, none returned. */
    @Override
    public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        Map<String, String> all = attributesOf(queue);
        List<String> requested = request.attributeNamesAsStrings();
        Map<String, String> selected = new LinkedHashMap<>();
        for (String name : requested) {
            if (name.equals(QueueAttributeName.ALL.toString())) {
                selected.putAll(all);
            } else if (all.containsKey(name)) {
                selected.put(name, all.get(name));
            } else if (QueueAttributeName.fromValue(name) == QueueAttributeName.UNKNOWN_TO_SDK_VERSION) {
                throw SqsErrors.invalidAttributeName(name);
            }
            // A real attribute that a standard queue here does not have (FifoQueue, RedrivePolicy...): omitted.
        }
        return GetQueueAttributesResponse.builder().attributesWithStrings(selected).build();
    }

    @Override
    public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        Map<String, String> changes = request.attributesAsStrings();
        queue.changeSettings(settings -> settings.with(changes));
        return SetQueueAttributesResponse.builder().build();
    }

    /** Deletes all messages; allowed once per 60 seconds per queue. */
    @Override
    public PurgeQueueResponse purgeQueue(PurgeQueueRequest request) {
        queueAt(request.queueUrl()).purge();
        return PurgeQueueResponse.builder().build();
    }

    @Override
    public DeleteQueueResponse deleteQueue(DeleteQueueRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        queuesByName.remove(queue.name(), queue);
        queue.markGone();
        return DeleteQueueResponse.builder().build();
    }

    // ---------------------------------------------------------------- sending

    @Override
    public SendMessageResponse sendMessage(SendMessageRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        Map<String, MessageAttributeValue> attributes = request.messageAttributes();
        String messageId = send(queue, request.messageBody(), attributes, request.delaySeconds(),
                request.messageDeduplicationId());
        return SendMessageResponse.builder()
                .messageId(messageId)
                .md5OfMessageBody(Md5Digests.ofBody(request.messageBody()))
                .md5OfMessageAttributes(Md5Digests.ofAttributes(attributes))
                .build();
    }

    /**
     * Validates the request as a whole (entries, ids, total size), then sends each entry on its own:
     * an entry that breaks a message rule is reported in {@code Failed}, the others are sent.
     */
    @Override
    public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        List<SendMessageBatchRequestEntry> entries = request.entries();
        BatchRules.validateEntryIds(entries.stream().map(SendMessageBatchRequestEntry::id).toList());
        long payload = entries.stream()
                .mapToLong(entry -> MessageRules.sizeOf(
                        Objects.requireNonNullElse(entry.messageBody(), ""), entry.messageAttributes()))
                .sum();
        if (payload > MAX_BATCH_PAYLOAD) {
            throw SqsErrors.batchTooLong(payload, MAX_BATCH_PAYLOAD);
        }

        List<SendMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : entries) {
            try {
                String messageId = send(queue, entry.messageBody(), entry.messageAttributes(), entry.delaySeconds(),
                        entry.messageDeduplicationId());
                successful.add(SendMessageBatchResultEntry.builder()
                        .id(entry.id())
                        .messageId(messageId)
                        .md5OfMessageBody(Md5Digests.ofBody(entry.messageBody()))
                        .md5OfMessageAttributes(Md5Digests.ofAttributes(entry.messageAttributes()))
                        .build());
            } catch (SqsException refused) {
                failed.add(failedEntry(entry.id(), refused));
            }
        }
        return SendMessageBatchResponse.builder().successful(successful).failed(failed).build();
    }

    private String send(MessageQueue queue, String body, Map<String, MessageAttributeValue> attributes,
                        Integer delaySeconds, String deduplicationId) {
        if (deduplicationId != null) {
            throw SqsErrors.invalidParameterValue("The request includes a parameter that is not valid for this"
                    + " queue type. Reason: MessageDeduplicationId is only valid for FIFO queues.");
        }
        QueueSettings settings = queue.settings();
        MessageRules.validate(body, attributes, settings.maximumMessageSize());
        int delay = delaySeconds != null ? delaySeconds : settings.delaySeconds();
        requireParameterInRange("DelaySeconds", delay, 0, 900);
        return queue.send(body, attributes, Duration.ofSeconds(delay));
    }

    // ---------------------------------------------------------------- receiving

    /**
     * Receives up to {@code MaxNumberOfMessages} (1..10, default 1). With {@code WaitTimeSeconds}
     * (0..20, default the queue's {@code ReceiveMessageWaitTimeSeconds}) it long-polls: it returns
     * as soon as a message is available, or empty when the wait ends.
     */
    @Override
    @SuppressWarnings("deprecation") // reads the deprecated AttributeNames on purpose: SQS still honours it
    public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        QueueSettings settings = queue.settings();
        int maxMessages = Objects.requireNonNullElse(request.maxNumberOfMessages(), 1);
        int visibilityTimeout = Objects.requireNonNullElse(request.visibilityTimeout(), settings.visibilityTimeoutSeconds());
        int waitSeconds = Objects.requireNonNullElse(request.waitTimeSeconds(), settings.receiveMessageWaitTimeSeconds());
        requireParameterInRange("MaxNumberOfMessages", maxMessages, 1, BatchRules.MAX_ENTRIES);
        requireParameterInRange("VisibilityTimeout", visibilityTimeout, 0, 43_200);
        requireParameterInRange("WaitTimeSeconds", waitSeconds, 0, 20);

        List<ReceivedMessage> received = queue.receive(maxMessages,
                Duration.ofSeconds(visibilityTimeout), Duration.ofSeconds(waitSeconds));

        // AttributeNames is the deprecated spelling of MessageSystemAttributeNames: SQS honours both.
        Set<String> systemAttributeNames = new LinkedHashSet<>(request.attributeNamesAsStrings());
        systemAttributeNames.addAll(request.messageSystemAttributeNamesAsStrings());
        List<Message> messages = received.stream()
                .map(message -> SdkMessages.from(message, accountId, systemAttributeNames,
                        request.messageAttributeNames()))
                .toList();
        return ReceiveMessageResponse.builder().messages(messages).build();
    }

    @Override
    public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        queue.delete(decode(request.receiptHandle()));
        return DeleteMessageResponse.builder().build();
    }

    @Override
    public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        List<DeleteMessageBatchRequestEntry> entries = request.entries();
        BatchRules.validateEntryIds(entries.stream().map(DeleteMessageBatchRequestEntry::id).toList());

        List<DeleteMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (DeleteMessageBatchRequestEntry entry : entries) {
            try {
                queue.delete(decode(entry.receiptHandle()));
                successful.add(DeleteMessageBatchResultEntry.builder().id(entry.id()).build());
            } catch (SqsException refused) {
                failed.add(failedEntry(entry.id(), refused));
            }
        }
        return DeleteMessageBatchResponse.builder().successful(successful).failed(failed).build();
    }

    @Override
    public ChangeMessageVisibilityResponse changeMessageVisibility(ChangeMessageVisibilityRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        changeVisibility(queue, request.receiptHandle(), request.visibilityTimeout());
        return ChangeMessageVisibilityResponse.builder().build();
    }

    @Override
    public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(ChangeMessageVisibilityBatchRequest request) {
        MessageQueue queue = queueAt(request.queueUrl());
        List<ChangeMessageVisibilityBatchRequestEntry> entries = request.entries();
        BatchRules.validateEntryIds(entries.stream().map(ChangeMessageVisibilityBatchRequestEntry::id).toList());

        List<ChangeMessageVisibilityBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (ChangeMessageVisibilityBatchRequestEntry entry : entries) {
            try {
                changeVisibility(queue, entry.receiptHandle(), entry.visibilityTimeout());
                successful.add(ChangeMessageVisibilityBatchResultEntry.builder().id(entry.id()).build());
            } catch (SqsException refused) {
                failed.add(failedEntry(entry.id(), refused));
            }
        }
        return ChangeMessageVisibilityBatchResponse.builder().successful(successful).failed(failed).build();
    }

    private void changeVisibility(MessageQueue queue, String receiptHandle, Integer visibilityTimeout) {
        if (visibilityTimeout == null) {
            throw SqsErrors.missingParameter("VisibilityTimeout");
        }
        requireParameterInRange("VisibilityTimeout", visibilityTimeout, 0, 43_200);
        queue.changeVisibility(decode(receiptHandle), receiptHandle, Duration.ofSeconds(visibilityTimeout));
    }

    // ---------------------------------------------------------------- for the local cloud

    /** The URL of the queue with this ARN, e.g. for SNS subscriptions and on-failure destinations. */
    public Optional<String> queueUrlForArn(String queueArn) {
        return queuesByName.values().stream()
                .filter(queue -> queue.arn().equals(queueArn))
                .map(MessageQueue::url)
                .findFirst();
    }

    /** A snapshot of every queue, in name order, for the admin endpoint. */
    public List<QueueView> queues() {
        return queuesByName.values().stream()
                .sorted(Comparator.comparing(MessageQueue::name))
                .map(queue -> {
                    MessageQueue.QueueCounts counts = queue.counts();
                    return new QueueView(queue.name(), queue.url(), queue.arn(),
                            counts.visible(), counts.inFlight(), counts.delayed());
                })
                .toList();
    }

    /** For tests in this package that must know a long poll is waiting before they send. */
    boolean hasWaitingReceivers(String queueUrl) {
        return queueAt(queueUrl).hasWaitingReceivers();
    }

    // ---------------------------------------------------------------- helpers

    private MessageQueue queueAt(String queueUrl) {
        if (queueUrl == null || queueUrl.isEmpty()) {
            throw SqsErrors.missingParameter("QueueUrl");
        }
        String name = queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
        MessageQueue queue = queuesByName.get(name);
        if (queue == null || !queue.url().equals(queueUrl)) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queue;
    }

    private Map<String, String> attributesOf(MessageQueue queue) {
        MessageQueue.QueueCounts counts = queue.counts();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("QueueArn", queue.arn());
        attributes.put("ApproximateNumberOfMessages", String.valueOf(counts.visible()));
        attributes.put("ApproximateNumberOfMessagesNotVisible", String.valueOf(counts.inFlight()));
        attributes.put("ApproximateNumberOfMessagesDelayed", String.valueOf(counts.delayed()));
        attributes.put("CreatedTimestamp", String.valueOf(queue.createdAt().getEpochSecond()));
        attributes.put("LastModifiedTimestamp", String.valueOf(queue.lastModifiedAt().getEpochSecond()));
        attributes.putAll(queue.settings().asAttributes());
        return attributes;
    }

    private static ReceiptHandle decode(String receiptHandle) {
        return ReceiptHandle.decode(receiptHandle)
                .orElseThrow(() -> SqsErrors.receiptHandleIsInvalid(receiptHandle));
    }

    private static void requireValidQueueName(String name) {
        if (name != null && name.endsWith(".fifo")) {
            throw SqsErrors.unsupported("FIFO queues are not supported by the local cloud's SQS: use a standard"
                    + " queue (a name without the .fifo suffix).");
        }
        if (name == null || !QUEUE_NAME.matcher(name).matches()) {
            throw SqsErrors.invalidParameterValue("Can only include alphanumeric characters, hyphens, or"
                    + " underscores. 1 to 80 in length");
        }
    }

    private static void requireParameterInRange(String parameter, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            throw SqsErrors.invalidParameterValue("Value " + value + " for parameter " + parameter + " is invalid."
                    + " Reason: Must be between " + minimum + " and " + maximum + ", if provided.");
        }
    }

    private static BatchResultErrorEntry failedEntry(String id, SqsException refused) {
        return BatchResultErrorEntry.builder()
                .id(id)
                .senderFault(true)
                .code(refused.awsErrorDetails().errorCode())
                .message(refused.awsErrorDetails().errorMessage())
                .build();
    }

    private String urlOf(String queueName) {
        return "https://sqs." + region + ".amazonaws.com/" + accountId + "/" + queueName;
    }

    private String arnOf(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }
}
