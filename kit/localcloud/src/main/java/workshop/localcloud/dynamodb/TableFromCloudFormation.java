package workshop.localcloud.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * Reads the {@code Properties} of an {@code AWS::DynamoDB::Table} resource, as written in
 * serverless.yml and already resolved to plain values, into the DynamoDB API calls that create the
 * same table.
 *
 * <p>The values are passed on as written (key types, billing mode, view type...): DynamoDB Local
 * checks them as DynamoDB does, and {@link TableAdmin#create} reports its verdict with the table's
 * name. This class only checks the shape of the YAML, and refuses properties it does not know,
 * naming them, so that a typo or an unsupported feature shows up offline instead of on deploy day.
 */
public final class TableFromCloudFormation {

    /** The table as the DynamoDB API creates it: one CreateTable call, then UpdateTimeToLive if asked. */
    public record TableDefinition(CreateTableRequest createTableRequest, Optional<TimeToLiveSpecification> timeToLive) {

        public String tableName() {
            return createTableRequest.tableName();
        }
    }

    private static final Set<String> SUPPORTED = Set.of(
            "TableName", "KeySchema", "AttributeDefinitions", "BillingMode", "ProvisionedThroughput",
            "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification", "TimeToLiveSpecification");

    /**
     * Valid CloudFormation that changes nothing a local run could observe: tags, backups,
     * encryption, deletion protection, metrics, storage class, IAM policies, throughput caps.
     */
    private static final Set<String> IGNORED_LOCALLY = Set.of(
            "Tags", "PointInTimeRecoverySpecification", "SSESpecification", "DeletionProtectionEnabled",
            "ContributorInsightsSpecification", "TableClass", "ResourcePolicy", "OnDemandThroughput",
            "WarmThroughput");

    private static final Set<String> IGNORED_ON_INDEXES =
            Set.of("ContributorInsightsSpecification", "OnDemandThroughput", "WarmThroughput");

    private TableFromCloudFormation() {
    }

    /** Reads a table whose name is its {@code TableName} property. */
    public static TableDefinition from(Map<String, ?> properties) {
        return from(CloudFormationProperties.of(properties).requiredString("TableName"), properties);
    }

    /**
     * Reads a table under the given physical name: its {@code TableName} property, or the name
     * generated for it when the property is absent (as CloudFormation does).
     *
     * @throws IllegalArgumentException naming the property that is unknown, missing or malformed
     */
    public static TableDefinition from(String tableName, Map<String, ?> properties) {
        CloudFormationProperties table = CloudFormationProperties.of(properties).allowOnly(SUPPORTED, IGNORED_LOCALLY);

        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(keySchema(table))
                .attributeDefinitions(table.maps("AttributeDefinitions").stream()
                        .map(TableFromCloudFormation::attributeDefinition)
                        .toList());
        table.optionalString("BillingMode").ifPresent(request::billingMode);
        table.optionalMap("ProvisionedThroughput").map(TableFromCloudFormation::throughput)
                .ifPresent(request::provisionedThroughput);

        List<GlobalSecondaryIndex> globalIndexes = table.maps("GlobalSecondaryIndexes").stream()
                .map(TableFromCloudFormation::globalSecondaryIndex)
                .toList();
        if (!globalIndexes.isEmpty()) { // "GlobalSecondaryIndexes: []" means no index, as absent does
            request.globalSecondaryIndexes(globalIndexes);
        }
        List<LocalSecondaryIndex> localIndexes = table.maps("LocalSecondaryIndexes").stream()
                .map(TableFromCloudFormation::localSecondaryIndex)
                .toList();
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes);
        }
        table.optionalMap("StreamSpecification").map(TableFromCloudFormation::stream)
                .ifPresent(request::streamSpecification);

        return new TableDefinition(request.build(),
                table.optionalMap("TimeToLiveSpecification").map(TableFromCloudFormation::timeToLive));
    }

    private static List<KeySchemaElement> keySchema(CloudFormationProperties owner) {
        return owner.requiredMaps("KeySchema").stream()
                .map(element -> element.allowOnly(Set.of("AttributeName", "KeyType"), Set.of()))
                .map(element -> KeySchemaElement.builder()
                        .attributeName(element.requiredString("AttributeName"))
                        .keyType(element.requiredString("KeyType"))
                        .build())
                .toList();
    }

    private static AttributeDefinition attributeDefinition(CloudFormationProperties definition) {
        definition.allowOnly(Set.of("AttributeName", "AttributeType"), Set.of());
        return AttributeDefinition.builder()
                .attributeName(definition.requiredString("AttributeName"))
                .attributeType(definition.requiredString("AttributeType"))
                .build();
    }

    private static ProvisionedThroughput throughput(CloudFormationProperties throughput) {
        throughput.allowOnly(Set.of("ReadCapacityUnits", "WriteCapacityUnits"), Set.of());
        return ProvisionedThroughput.builder()
                .readCapacityUnits(throughput.requiredLong("ReadCapacityUnits"))
                .writeCapacityUnits(throughput.requiredLong("WriteCapacityUnits"))
                .build();
    }

    private static GlobalSecondaryIndex globalSecondaryIndex(CloudFormationProperties index) {
        index.allowOnly(Set.of("IndexName", "KeySchema", "Projection", "ProvisionedThroughput"), IGNORED_ON_INDEXES);
        GlobalSecondaryIndex.Builder built = GlobalSecondaryIndex.builder()
                .indexName(index.requiredString("IndexName"))
                .keySchema(keySchema(index))
                .projection(projection(index.requiredMap("Projection")));
        // Only with BillingMode PROVISIONED; DynamoDB refuses it (or its absence) otherwise.
        index.optionalMap("ProvisionedThroughput").map(TableFromCloudFormation::throughput)
                .ifPresent(built::provisionedThroughput);
        return built.build();
    }

    private static LocalSecondaryIndex localSecondaryIndex(CloudFormationProperties index) {
        index.allowOnly(Set.of("IndexName", "KeySchema", "Projection"), Set.of());
        return LocalSecondaryIndex.builder()
                .indexName(index.requiredString("IndexName"))
                .keySchema(keySchema(index))
                .projection(projection(index.requiredMap("Projection")))
                .build();
    }

    private static Projection projection(CloudFormationProperties projection) {
        projection.allowOnly(Set.of("ProjectionType", "NonKeyAttributes"), Set.of());
        Projection.Builder built = Projection.builder();
        projection.optionalString("ProjectionType").ifPresent(built::projectionType);
        List<String> nonKeyAttributes = projection.strings("NonKeyAttributes");
        if (!nonKeyAttributes.isEmpty()) {
            built.nonKeyAttributes(nonKeyAttributes);
        }
        return built.build();
    }

    /** In CloudFormation a stream is on when a view type is given; the API wants both said. */
    private static StreamSpecification stream(CloudFormationProperties stream) {
        stream.allowOnly(Set.of("StreamViewType"), Set.of("ResourcePolicy"));
        return StreamSpecification.builder()
                .streamEnabled(true)
                .streamViewType(stream.requiredString("StreamViewType"))
                .build();
    }

    private static TimeToLiveSpecification timeToLive(CloudFormationProperties timeToLive) {
        timeToLive.allowOnly(Set.of("AttributeName", "Enabled"), Set.of());
        return TimeToLiveSpecification.builder()
                .attributeName(timeToLive.optionalString("AttributeName").orElse(null)) // optional when disabled
                .enabled(timeToLive.requiredBoolean("Enabled"))
                .build();
    }
}
