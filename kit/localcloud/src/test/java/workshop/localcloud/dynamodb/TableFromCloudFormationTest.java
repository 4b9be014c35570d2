package workshop.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import workshop.localcloud.dynamodb.TableFromCloudFormation.TableDefinition;

/** The conversion alone, without an engine: DynamoDB Local's own checks are in {@link LocalDynamoDbTest}. */
class TableFromCloudFormationTest {

    /** Properties as serverless.yml gives them: parsed by the same YAML library, not hand-built maps. */
    static Map<String, Object> properties(String yaml) {
        return new Yaml().load(yaml);
    }

    @Test
    void readsKeysIndexesAndStream() {
        TableDefinition table = TableFromCloudFormation.from(properties("""
                TableName: movies
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions:
                  - { AttributeName: id, AttributeType: S }
                  - { AttributeName: startYear, AttributeType: N }
                KeySchema:
                  - { AttributeName: id, KeyType: HASH }
                GlobalSecondaryIndexes:
                  - IndexName: byStartYear
                    KeySchema:
                      - { AttributeName: startYear, KeyType: HASH }
                    Projection:
                      ProjectionType: INCLUDE
                      NonKeyAttributes: [title, genres]
                StreamSpecification:
                  StreamViewType: NEW_AND_OLD_IMAGES
                TimeToLiveSpecification:
                  AttributeName: expiresAt
                  Enabled: true
                """));

        CreateTableRequest request = table.createTableRequest();
        assertThat(request.tableName()).isEqualTo("movies");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.keySchema()).singleElement().satisfies(key -> {
            assertThat(key.attributeName()).isEqualTo("id");
            assertThat(key.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeTypeAsString())
                .containsExactly("id:S", "startYear:N");
        GlobalSecondaryIndex index = request.globalSecondaryIndexes().get(0);
        assertThat(index.indexName()).isEqualTo("byStartYear");
        assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(index.projection().nonKeyAttributes()).containsExactly("title", "genres");
        assertThat(index.provisionedThroughput()).isNull();
        assertThat(request.streamSpecification().streamEnabled()).isTrue();
        assertThat(request.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(table.timeToLive()).hasValueSatisfying(ttl -> {
            assertThat(ttl.attributeName()).isEqualTo("expiresAt");
            assertThat(ttl.enabled()).isTrue();
        });
    }

    @Test
    void readsProvisionedThroughputOfTableAndIndexesWrittenAsNumbersOrStrings() {
        CreateTableRequest request = TableFromCloudFormation.from("orders-dev", properties("""
                AttributeDefinitions:
                  - { AttributeName: customer, AttributeType: S }
                  - { AttributeName: orderedAt, AttributeType: S }
                  - { AttributeName: status, AttributeType: S }
                KeySchema:
                  - { AttributeName: customer, KeyType: HASH }
                  - { AttributeName: orderedAt, KeyType: RANGE }
                ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: "2" }
                GlobalSecondaryIndexes:
                  - IndexName: byStatus
                    KeySchema: [{ AttributeName: status, KeyType: HASH }]
                    Projection: { ProjectionType: KEYS_ONLY }
                    ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }
                LocalSecondaryIndexes:
                  - IndexName: byStatusPerCustomer
                    KeySchema:
                      - { AttributeName: customer, KeyType: HASH }
                      - { AttributeName: status, KeyType: RANGE }
                    Projection: { ProjectionType: ALL }
                """)).createTableRequest();

        assertThat(request.tableName()).isEqualTo("orders-dev");
        assertThat(request.billingMode()).isNull(); // DynamoDB's default, PROVISIONED, as in CloudFormation
        assertThat(request.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
        assertThat(request.provisionedThroughput().writeCapacityUnits()).isEqualTo(2);
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(1);
        assertThat(request.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byStatusPerCustomer");
            assertThat(index.keySchema()).extracting(key -> key.keyType()).containsExactly(KeyType.HASH, KeyType.RANGE);
        });
        assertThat(request.hasGlobalSecondaryIndexes()).isTrue();
        assertThat(request.streamSpecification()).isNull();
    }

    @Test
    void acceptsAndIgnoresWhatMattersOnlyOnAws() {
        TableDefinition table = TableFromCloudFormation.from(properties("""
                TableName: counters
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions: [{ AttributeName: word, AttributeType: S }]
                KeySchema: [{ AttributeName: word, KeyType: HASH }]
                Tags: [{ Key: course, Value: serverless }]
                PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
                SSESpecification: { SSEEnabled: true }
                DeletionProtectionEnabled: false
                ContributorInsightsSpecification: { Enabled: false }
                TableClass: STANDARD_INFREQUENT_ACCESS
                """));

        assertThat(table.tableName()).isEqualTo("counters");
        assertThat(table.timeToLive()).isEmpty();
    }

    @Test
    void refusesAnUnknownPropertyByName() {
        Map<String, Object> properties = properties("""
                TableName: movies
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                KinesisStreamSpecification: { StreamArn: "arn:aws:kinesis:eu-west-1:1:stream/s" }
                """);

        assertThatThrownBy(() -> TableFromCloudFormation.from(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported property 'KinesisStreamSpecification'");
    }

    @Test
    void namesTheFullPathOfAnUnknownNestedProperty() {
        Map<String, Object> properties = properties("""
                TableName: movies
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                GlobalSecondaryIndexes:
                  - IndexName: byYear
                    KeySchema: [{ AttributeName: id, KeyType: HASH }]
                    Projection: { ProjectionType: ALL, NonKeyAtributes: [title] }
                """);

        assertThatThrownBy(() -> TableFromCloudFormation.from(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GlobalSecondaryIndexes[0].Projection.NonKeyAtributes'");
    }

    @Test
    void namesAMissingOrMalformedProperty() {
        assertThatThrownBy(() -> TableFromCloudFormation.from(properties("""
                TableName: movies
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                """)))
                .hasMessage("missing property 'KeySchema'");
        assertThatThrownBy(() -> TableFromCloudFormation.from(properties("""
                TableName: movies
                KeySchema: { AttributeName: id, KeyType: HASH }
                """)))
                .hasMessageStartingWith("property 'KeySchema' must be a list");
        assertThatThrownBy(() -> TableFromCloudFormation.from(properties("""
                TableName: movies
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                ProvisionedThroughput: { ReadCapacityUnits: many, WriteCapacityUnits: 1 }
                """)))
                .hasMessageStartingWith("property 'ProvisionedThroughput.ReadCapacityUnits' must be a whole number");
    }
}
