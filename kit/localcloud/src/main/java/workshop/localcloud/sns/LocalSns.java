package workshop.localcloud.sns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;
import software.amazon.awssdk.services.sns.model.CreateTopicResponse;
import software.amazon.awssdk.services.sns.model.DeleteTopicRequest;
import software.amazon.awssdk.services.sns.model.DeleteTopicResponse;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesRequest;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsResponse;
import software.amazon.awssdk.services.sns.model.ListTopicsRequest;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequest;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchResultEntry;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.SubscribeRequest;
import software.amazon.awssdk.services.sns.model.SubscribeResponse;
import software.amazon.awssdk.services.sns.model.UnsubscribeRequest;
import software.amazon.awssdk.services.sns.model.UnsubscribeResponse;
import workshop.localcloud.sqs.LocalSqs;

/**
 * Amazon SNS standard topics in memory, behind the SDK's own {@link SnsClient} interface, so that
 * handler code calls it exactly as it calls AWS. Limits and error types follow the SNS API
 * reference.
 *
 * <p>Every published message gets a UUID message id and goes to every subscription of its topic
 * (fan-out): SQS queues subscribed with {@link #subscribe}, and Lambda functions that the local
 * cloud subscribes with {@link #subscribeFunction}. Deliveries run on the publishing thread, after
 * the message is accepted and outside any lock, one subscriber after the other; a subscriber that
 * fails is logged and counted, and the others still get the message. SNS invokes Lambda
 * asynchronously: whether a {@link SnsSubscriber} runs the function now or hands it to another
 * thread is the local cloud's decision.
 *
 * <p>Not implemented, and refused with a clear message: FIFO topics, filter policies, protocols
 * other than {@code sqs} and {@code lambda}, SMS. Thread-safe.
 */
public final class LocalSns implements SnsClient {

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern QUEUE_ARN = Pattern.compile("arn:aws[a-z-]*:sqs:[^:]+:[^:]+:[A-Za-z0-9_-]{1,80}");
    private static final String RAW_MESSAGE_DELIVERY = "RawMessageDelivery";

    private final String region;
    private final String accountId;
    private final Clock clock;
    private final LocalSqs sqs;
    private final Redelivery redelivery = new Redelivery();

    /** Guards both maps; never held while delivering. Insertion order is listing order. */
    private final Object lock = new Object();
    private final Map<String, Topic> topicsByArn = new LinkedHashMap<>();
    private final Map<String, Subscription> subscriptionsByArn = new LinkedHashMap<>();

    public LocalSns(String region, String accountId, Clock clock, LocalSqs sqs) {
        this.region = Objects.requireNonNull(region, "region");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sqs = Objects.requireNonNull(sqs, "sqs");
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Nothing to release: all state is in memory. */
    @Override
    public void close() {
    }

    // ---------------------------------------------------------------- topics

    /**
     * Creates a standard topic. Creating an existing name again returns the same ARN, as AWS does,
     * unless different attributes are asked for.
     */
    @Override
    public CreateTopicResponse createTopic(CreateTopicRequest request) {
        String name = request.name();
        if ((name != null && name.endsWith(".fifo")) || "true".equalsIgnoreCase(request.attributes().get("FifoTopic"))) {
            throw SnsErrors.invalidParameter("FifoTopic Reason: FIFO topics are not supported by the local cloud's SNS");
        }
        if (name == null || !TOPIC_NAME.matcher(name).matches()) {
            throw SnsErrors.invalidParameter("Topic Name");
        }
        String arn = "arn:aws:sns:" + region + ":" + accountId + ":" + name;
        synchronized (lock) {
            Topic topic = topicsByArn.computeIfAbsent(arn, newArn -> new Topic(newArn, name, request.attributes()));
            request.attributes().forEach((attribute, value) -> {
                if (!value.equals(topic.attributes().get(attribute))) {
                    throw SnsErrors.invalidParameter("Attributes Reason: Topic already exists with different attributes");
                }
            });
        }
        return CreateTopicResponse.builder().topicArn(arn).build();
    }

    /** Deletes the topic and its subscriptions; deleting a topic that does not exist is not an error. */
    @Override
    public DeleteTopicResponse deleteTopic(DeleteTopicRequest request) {
        synchronized (lock) {
            topicsByArn.remove(request.topicArn());
            subscriptionsByArn.values().removeIf(subscription -> subscription.topicArn().equals(request.topicArn()));
        }
        return DeleteTopicResponse.builder().build();
    }

    @Override
    public ListTopicsResponse listTopics(ListTopicsRequest request) {
        List<String> arns;
        synchronized (lock) {
            arns = List.copyOf(topicsByArn.keySet());
        }
        Page<String> page = Page.of(arns, request.nextToken());
        return ListTopicsResponse.builder()
                .topics(page.items().stream().map(arn -> software.amazon.awssdk.services.sns.model.Topic.builder()
                        .topicArn(arn).build()).toList())
                .nextToken(page.nextToken())
                .build();
    }

    @Override
    public GetTopicAttributesResponse getTopicAttributes(GetTopicAttributesRequest request) {
        Map<String, String> attributes = new LinkedHashMap<>();
        synchronized (lock) {
            Topic topic = topicAt(request.topicArn());
            long subscriptions = subscriptionsOf(topic.arn()).size();
            attributes.put("TopicArn", topic.arn());
            attributes.put("Owner", accountId);
            attributes.put("DisplayName", "");
            attributes.put("SubscriptionsConfirmed", String.valueOf(subscriptions));
            attributes.put("SubscriptionsPending", "0");
            attributes.put("SubscriptionsDeleted", "0");
            attributes.putAll(topic.attributes());
        }
        return GetTopicAttributesResponse.builder().attributes(attributes).build();
    }

    // ---------------------------------------------------------------- subscriptions

    /**
     * Subscribes an SQS queue (protocol {@code sqs}, endpoint the queue ARN), confirmed at once as
     * for a queue of the same account. Attribute {@code RawMessageDelivery} ({@code true} or {@code
     * false}) is supported. Subscribing the same endpoint again returns the existing subscription.
     *
     * <p>Lambda functions are subscribed by the local cloud through {@link #subscribeFunction}.
     */
    @Override
    public SubscribeResponse subscribe(SubscribeRequest request) {
        String protocol = request.protocol();
        if ("lambda".equals(protocol)) {
            throw SnsErrors.invalidParameter("Protocol Reason: the local cloud subscribes Lambda functions from the"
                    + " sns events of serverless.yml, not through Subscribe");
        }
        if (!SnsEnvelope.PROTOCOL.equals(protocol)) {
            throw SnsErrors.invalidParameter("Protocol Reason: " + protocol + " is not supported by the local"
                    + " cloud's SNS (sqs only; Lambda functions through serverless.yml)");
        }
        String queueArn = request.endpoint();
        if (queueArn == null || !QUEUE_ARN.matcher(queueArn).matches()) {
            throw SnsErrors.invalidParameter("SQS endpoint ARN");
        }
        boolean raw = rawMessageDelivery(request.attributes());
        String arn = addSubscription(request.topicArn(), protocol, queueArn, raw,
                new QueueDestination(sqs, queueArn, raw, region));
        return SubscribeResponse.builder().subscriptionArn(arn).build();
    }

    /**
     * The local cloud's hook: subscribes a Lambda function, which then receives one {@code
     * SNSEvent} per delivery through {@code subscriber}. Returns the subscription ARN, {@code
     * <topicArn>:<uuid>}. Subscribing the same function again returns the existing subscription
     * (and keeps its subscriber), as Subscribe does for the same endpoint.
     *
     * @throws software.amazon.awssdk.services.sns.model.NotFoundException when the topic does not exist
     */
    public String subscribeFunction(String topicArn, String functionArnOrName, SnsSubscriber subscriber) {
        Objects.requireNonNull(functionArnOrName, "functionArnOrName");
        Objects.requireNonNull(subscriber, "subscriber");
        return addSubscription(topicArn, SnsLambdaEvents.PROTOCOL, functionArnOrName, false,
                new FunctionDestination(subscriber, region));
    }

    private String addSubscription(String topicArn, String protocol, String endpoint, boolean raw,
                                   Destination destination) {
        synchronized (lock) {
            Topic topic = topicAt(topicArn);
            Optional<Subscription> existing = subscriptionsOf(topic.arn()).stream()
                    .filter(subscription -> subscription.protocol().equals(protocol)
                            && subscription.endpoint().equals(endpoint))
                    .findFirst();
            if (existing.isPresent()) {
                if (existing.get().rawMessageDelivery() != raw) {
                    throw SnsErrors.invalidParameter("Attributes Reason: Subscription already exists with different attributes");
                }
                return existing.get().arn();
            }
            String arn = topic.arn() + ":" + UUID.randomUUID();
            subscriptionsByArn.put(arn, new Subscription(arn, topic.arn(), protocol, endpoint, raw, destination));
            return arn;
        }
    }

    /** Only {@code RawMessageDelivery} is implemented; other subscription attributes are refused. */
    private static boolean rawMessageDelivery(Map<String, String> attributes) {
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!attribute.getKey().equals(RAW_MESSAGE_DELIVERY)) {
                throw SnsErrors.invalidParameter("Attributes Reason: " + attribute.getKey()
                        + " is not supported by the local cloud's SNS (only RawMessageDelivery is)");
            }
        }
        String raw = attributes.getOrDefault(RAW_MESSAGE_DELIVERY, "false");
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw SnsErrors.invalidParameter("Attributes Reason: RawMessageDelivery: Invalid value [" + raw
                    + "]. Must be true or false.");
        }
        return Boolean.parseBoolean(raw);
    }

    @Override
    public UnsubscribeResponse unsubscribe(UnsubscribeRequest request) {
        synchronized (lock) {
            if (subscriptionsByArn.remove(request.subscriptionArn()) == null) {
                throw SnsErrors.subscriptionNotFound();
            }
        }
        return UnsubscribeResponse.builder().build();
    }

    @Override
    public ListSubscriptionsResponse listSubscriptions(ListSubscriptionsRequest request) {
        List<Subscription> all;
        synchronized (lock) {
            all = List.copyOf(subscriptionsByArn.values());
        }
        Page<Subscription> page = Page.of(all, request.nextToken());
        return ListSubscriptionsResponse.builder()
                .subscriptions(page.items().stream().map(this::toSdkSubscription).toList())
                .nextToken(page.nextToken())
                .build();
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(ListSubscriptionsByTopicRequest request) {
        List<Subscription> ofTopic;
        synchronized (lock) {
            ofTopic = subscriptionsOf(topicAt(request.topicArn()).arn());
        }
        Page<Subscription> page = Page.of(ofTopic, request.nextToken());
        return ListSubscriptionsByTopicResponse.builder()
                .subscriptions(page.items().stream().map(this::toSdkSubscription).toList())
                .nextToken(page.nextToken())
                .build();
    }

    // ---------------------------------------------------------------- publishing

    /** Accepts the message, then delivers it to every subscription of the topic. */
    @Override
    public PublishResponse publish(PublishRequest request) {
        if (request.phoneNumber() != null) {
            throw SnsErrors.invalidParameter("PhoneNumber Reason: SMS is not supported by the local cloud's SNS");
        }
        String topicArn = request.topicArn() != null ? request.topicArn() : request.targetArn();
        if (topicArn == null) {
            throw SnsErrors.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        requireStandardTopicParameters(request.messageDeduplicationId());
        Map<String, String> messages = PublishRules.validate(request.message(), request.subject(),
                request.messageStructure(), request.messageAttributes());

        Accepted accepted;
        synchronized (lock) {
            Topic topic = topicAt(topicArn);
            Notification notification = accept(topic, request.subject(), messages, request.messageAttributes());
            accepted = new Accepted(List.of(notification), subscriptionsOf(topic.arn()));
        }
        deliver(accepted);
        return PublishResponse.builder().messageId(accepted.notifications().get(0).messageId()).build();
    }

    /**
     * Checks the request as a whole first (1 to 10 entries, distinct ids, 256 KiB in total, the
     * topic exists): if any check fails, nothing is published. Then each entry is checked on its
     * own: a bad entry is reported in {@code Failed}, the good ones are published and delivered.
     */
    @Override
    public PublishBatchResponse publishBatch(PublishBatchRequest request) {
        List<PublishBatchRequestEntry> entries = request.publishBatchRequestEntries();
        BatchRules.validateEntryIds(entries.stream().map(PublishBatchRequestEntry::id).toList());
        long totalSize = entries.stream()
                .mapToLong(entry -> PublishRules.sizeOf(entry.message(), entry.messageAttributes()))
                .sum();
        if (totalSize > PublishRules.MAX_MESSAGE_SIZE) {
            throw SnsErrors.batchTooLong();
        }

        List<PublishBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        Accepted accepted;
        synchronized (lock) {
            Topic topic = topicAt(request.topicArn());
            List<Notification> notifications = new ArrayList<>();
            for (PublishBatchRequestEntry entry : entries) {
                try {
                    requireStandardTopicParameters(entry.messageDeduplicationId());
                    Map<String, String> messages = PublishRules.validate(entry.message(), entry.subject(),
                            entry.messageStructure(), entry.messageAttributes());
                    Notification notification = accept(topic, entry.subject(), messages, entry.messageAttributes());
                    notifications.add(notification);
                    successful.add(PublishBatchResultEntry.builder()
                            .id(entry.id()).messageId(notification.messageId()).build());
                } catch (SnsException refused) {
                    failed.add(BatchResultErrorEntry.builder()
                            .id(entry.id())
                            .code(refused.awsErrorDetails().errorCode())
                            .message(refused.awsErrorDetails().errorMessage())
                            .senderFault(true)
                            .build());
                }
            }
            accepted = new Accepted(notifications, subscriptionsOf(topic.arn()));
        }
        deliver(accepted);
        return PublishBatchResponse.builder().successful(successful).failed(failed).build();
    }

    private Notification accept(Topic topic, String subject, Map<String, String> messages,
                                Map<String, MessageAttributeValue> attributes) {
        topic.countPublished();
        return new Notification(UUID.randomUUID().toString(), topic.arn(), subject, messages, clock.instant(),
                attributes);
    }

    /** Messages accepted by one request, and the subscriptions of the topic at that moment. */
    private record Accepted(List<Notification> notifications, List<Subscription> subscriptions) {
    }

    /** Runs without the lock: a subscriber may take long, or publish in turn. */
    private void deliver(Accepted accepted) {
        for (Notification notification : accepted.notifications()) {
            for (Subscription subscription : accepted.subscriptions()) {
                int copies = redelivery.copiesOfNextDelivery();
                for (int copy = 0; copy < copies; copy++) {
                    subscription.deliver(notification);
                }
            }
        }
    }

    private static void requireStandardTopicParameters(String deduplicationId) {
        if (deduplicationId != null) {
            throw SnsErrors.invalidParameter("MessageDeduplicationId Reason: The request includes"
                    + " MessageDeduplicationId parameter that is not valid for this topic type");
        }
    }

    // ---------------------------------------------------------------- for the local cloud

    /**
     * Fault injection: {@code share} (0.0 to 1.0) of all deliveries are made twice, with the same
     * message id and content, as SNS's at-least-once delivery allows. 0 turns it off.
     */
    public void redeliver(double share, RandomGenerator random) {
        redelivery.configure(share, random);
    }

    /** A snapshot of every topic with its subscriptions, for the admin endpoint. */
    public List<TopicView> topics() {
        synchronized (lock) {
            return topicsByArn.values().stream()
                    .map(topic -> new TopicView(topic.arn(), topic.name(), topic.publishedMessages(),
                            subscriptionsOf(topic.arn()).stream().map(Subscription::view).toList()))
                    .toList();
        }
    }

    // ---------------------------------------------------------------- helpers (call with the lock held)

    private Topic topicAt(String topicArn) {
        Topic topic = topicArn == null ? null : topicsByArn.get(topicArn);
        if (topic == null) {
            throw SnsErrors.topicNotFound();
        }
        return topic;
    }

    private List<Subscription> subscriptionsOf(String topicArn) {
        return subscriptionsByArn.values().stream()
                .filter(subscription -> subscription.topicArn().equals(topicArn))
                .toList();
    }

    private software.amazon.awssdk.services.sns.model.Subscription toSdkSubscription(Subscription subscription) {
        return software.amazon.awssdk.services.sns.model.Subscription.builder()
                .subscriptionArn(subscription.arn())
                .owner(accountId)
                .protocol(subscription.protocol())
                .endpoint(subscription.endpoint())
                .topicArn(subscription.topicArn())
                .build();
    }
}
