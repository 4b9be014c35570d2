package workshop.localcloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.config.ResourceDefinition;

/**
 * Creates a stack's CloudFormation resources in the local services, as CloudFormation would create
 * them on AWS. Types that only matter for permissions on AWS (IAM roles, policies, Lambda
 * permissions) are accepted and noted; any other unknown type is refused with its file and line.
 */
final class ResourceProvisioner {

    /** Types that grant access on AWS; locally every function may call everything, so they are skipped. */
    static final Set<String> PERMISSION_TYPES = Set.of(
            "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::Lambda::Permission",
            "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy", "AWS::Logs::LogGroup");

    static final List<String> SUPPORTED_TYPES = List.of(
            "AWS::DynamoDB::Table", "AWS::Kinesis::Stream", "AWS::SNS::Topic", "AWS::SNS::Subscription",
            "AWS::SQS::Queue");

    private final LocalServices services;
    private final Consumer<String> notices;

    ResourceProvisioner(LocalServices services, Consumer<String> notices) {
        this.services = services;
        this.notices = notices;
    }

    void create(ResourceDefinition resource) {
        try {
            switch (resource.type()) {
                case "AWS::DynamoDB::Table" -> services.localDynamoDb().tables()
                        .create(resource.physicalName(), resource.properties());
                case "AWS::Kinesis::Stream" -> createStream(resource);
                case "AWS::SQS::Queue" -> services.localSqs().createQueue(request -> request
                        .queueName(resource.physicalName())
                        .attributesWithStrings(queueAttributes(resource.properties())));
                case "AWS::SNS::Topic" -> createTopic(resource);
                case "AWS::SNS::Subscription" -> subscribe(resource.properties());
                default -> skipOrRefuse(resource);
            }
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigException(resource.location(), "resource " + resource.logicalId() + " ("
                    + resource.type() + ") could not be created: " + e.getMessage());
        }
    }

    private void createStream(ResourceDefinition resource) {
        Object shardCount = resource.properties().get("ShardCount");
        boolean onDemand = resource.properties().get("StreamModeDetails") instanceof Map<?, ?> mode
                && "ON_DEMAND".equals(mode.get("StreamMode"));
        int shards = shardCount instanceof Number number ? number.intValue()
                : shardCount != null ? Integer.parseInt(shardCount.toString()) : onDemand ? 4 : 1;
        services.localKinesis().createStream(request -> request.streamName(resource.physicalName()).shardCount(shards));
    }

    /** The queue's CloudFormation properties that are SQS queue attributes, as strings. */
    private static Map<String, String> queueAttributes(Map<String, Object> properties) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        for (String name : List.of("VisibilityTimeout", "MessageRetentionPeriod", "DelaySeconds",
                "ReceiveMessageWaitTimeSeconds", "MaximumMessageSize", "FifoQueue")) {
            if (properties.get(name) != null) {
                attributes.put(name, String.valueOf(properties.get(name)));
            }
        }
        return attributes;
    }

    private void createTopic(ResourceDefinition resource) {
        String topicArn = services.localSns().createTopic(request -> request.name(resource.physicalName())).topicArn();
        if (resource.properties().get("Subscription") instanceof List<?> subscriptions) {
            for (Object subscription : subscriptions) {
                if (subscription instanceof Map<?, ?> fields) {
                    services.localSns().subscribe(request -> request.topicArn(topicArn)
                            .protocol(String.valueOf(fields.get("Protocol")))
                            .endpoint(String.valueOf(fields.get("Endpoint"))));
                }
            }
        }
    }

    private void subscribe(Map<String, Object> properties) {
        Map<String, String> attributes = new java.util.HashMap<>();
        if (properties.get("RawMessageDelivery") != null) {
            attributes.put("RawMessageDelivery", String.valueOf(properties.get("RawMessageDelivery")));
        }
        services.localSns().subscribe(request -> request
                .topicArn(String.valueOf(properties.get("TopicArn")))
                .protocol(String.valueOf(properties.get("Protocol")))
                .endpoint(String.valueOf(properties.get("Endpoint")))
                .attributes(attributes));
    }

    private void skipOrRefuse(ResourceDefinition resource) {
        if (PERMISSION_TYPES.contains(resource.type())) {
            notices.accept("resource " + resource.logicalId() + " (" + resource.type()
                    + ") only matters on AWS: skipped locally");
            return;
        }
        List<String> known = new ArrayList<>(SUPPORTED_TYPES);
        known.addAll(PERMISSION_TYPES);
        throw new ConfigException(resource.location(), "resource type " + resource.type() + " of "
                + resource.logicalId() + " is not supported by the local cloud (supported: "
                + String.join(", ", known) + ")");
    }
}
