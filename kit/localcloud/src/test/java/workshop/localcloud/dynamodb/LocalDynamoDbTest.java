package workshop.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.dynamodb.TableFromCloudFormationTest.properties;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Tables from serverless.yml in the real engine. One engine serves the whole class, as it takes a
 * second or two to start; each test works on tables of its own.
 */
class LocalDynamoDbTest {

    private static LocalDynamoDb local;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startEngine() {
        local = LocalDynamoDb.start();
        dynamoDb = local.client();
    }

    @AfterAll
    static void stopEngine() {
        local.close();
    }

    /** The movies table of the course, as its serverless.yml declares it. */
    private static Map<String, Object> moviesTable(String name) {
        return properties("""
                TableName: %s
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions:
                  - AttributeName: id
                    AttributeType: S
                  - AttributeName: startYear
                    AttributeType: N
                KeySchema:
                  - AttributeName: id
                    KeyType: HASH
                GlobalSecondaryIndexes:
                  - IndexName: byStartYear
                    KeySchema:
                      - AttributeName: startYear
                        KeyType: HASH
                    Projection:
                      ProjectionType: ALL
                StreamSpecification:
                  StreamViewType: NEW_AND_OLD_IMAGES
                Tags:
                  - Key: course
                    Value: serverless-java
                """.formatted(name));
    }

    private static void putMovie(String table, String id, String title, int startYear) {
        dynamoDb.putItem(request -> request.tableName(table).item(Map.of(
                "id", AttributeValue.fromS(id),
                "title", AttributeValue.fromS(title),
                "startYear", AttributeValue.fromN(Integer.toString(startYear)))));
    }

    @Test
    void startsWithinSecondsAndSaysHowLong() {
        System.out.println("DynamoDB Local (embedded) started in " + local.startupTime().toMillis() + " ms");

        assertThat(local.startupTime()).isPositive();
        assertThat(local.startupTime().toSeconds()).isLessThan(30);
    }

    @Test
    void tableFromCloudFormationCanBeQueriedByItsGlobalSecondaryIndex() {
        local.tables().create("movies-gsi", moviesTable("movies-gsi"));
        putMovie("movies-gsi", "alien", "Alien", 1979);
        putMovie("movies-gsi", "apocalypse-now", "Apocalypse Now", 1979);
        putMovie("movies-gsi", "heat", "Heat", 1995);

        QueryResponse from1979 = dynamoDb.query(request -> request
                .tableName("movies-gsi")
                .indexName("byStartYear")
                .keyConditionExpression("startYear = :year")
                .expressionAttributeValues(Map.of(":year", AttributeValue.fromN("1979"))));

        assertThat(from1979.items()).extracting(item -> item.get("title").s()) // projection ALL: all attributes
                .containsExactlyInAnyOrder("Alien", "Apocalypse Now");
    }

    @Test
    void describeTableShowsTheIndexAndTheStream() {
        local.tables().create("movies-described", moviesTable("movies-described"));

        TableDescription table = dynamoDb.describeTable(request -> request.tableName("movies-described")).table();

        assertThat(table.tableStatusAsString()).isEqualTo("ACTIVE");
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byStartYear");
            assertThat(index.projection().projectionTypeAsString()).isEqualTo("ALL");
        });
        assertThat(table.streamSpecification().streamEnabled()).isTrue();
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(local.tables().latestStreamArn("movies-described")).contains(table.latestStreamArn());
    }

    @Test
    void writesAppearAsRecordsOnTheTableStream() {
        local.tables().create("movies-streamed", moviesTable("movies-streamed"));
        putMovie("movies-streamed", "alien", "Alien", 1979);
        dynamoDb.updateItem(request -> request
                .tableName("movies-streamed")
                .key(Map.of("id", AttributeValue.fromS("alien")))
                .updateExpression("SET title = :title")
                .expressionAttributeValues(Map.of(":title", AttributeValue.fromS("Alien (Director's Cut)"))));

        List<Record> records = allRecords(local.streamsClient(),
                local.tables().latestStreamArn("movies-streamed").orElseThrow());

        assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
        Record modify = records.get(1);
        assertThat(modify.dynamodb().keys()).containsEntry("id", AttributeValue.fromS("alien"));
        assertThat(modify.dynamodb().oldImage().get("title").s()).isEqualTo("Alien");
        assertThat(modify.dynamodb().newImage().get("title").s()).isEqualTo("Alien (Director's Cut)");
    }

    @Test
    void streamRecordTimesAreMillisecondsReadAsSecondsAsTheClassCommentWarns() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MINUTES); // AWS rounds down to the minute too
        local.tables().create("movies-timed", moviesTable("movies-timed"));
        putMovie("movies-timed", "alien", "Alien", 1979);

        Record record = allRecords(local.streamsClient(), local.tables().latestStreamArn("movies-timed").orElseThrow())
                .get(0);
        Instant reported = record.dynamodb().approximateCreationDateTime();

        // If this fails after an upgrade, DynamoDB Local has fixed it: remove the correction.
        assertThat(Instant.ofEpochMilli(reported.getEpochSecond())).isBetween(before, Instant.now());
    }

    /** Reads each shard from its start, as a stream poller with startingPosition TRIM_HORIZON does. */
    private static List<Record> allRecords(DynamoDbStreamsClient streams, String streamArn) {
        return streams.describeStream(request -> request.streamArn(streamArn)).streamDescription().shards().stream()
                .map(shard -> streams.getShardIterator(request -> request
                        .streamArn(streamArn)
                        .shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator())
                .flatMap(iterator -> streams.getRecords(request -> request.shardIterator(iterator)).records().stream())
                .toList();
    }

    @Test
    void tableWithoutStreamHasNoStreamArn() {
        local.tables().create("no-stream", properties("""
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                """));

        assertThat(local.tables().latestStreamArn("no-stream")).isEmpty();
    }

    @Test
    void timeToLiveIsAppliedAfterCreation() {
        local.tables().create("sessions", properties("""
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                TimeToLiveSpecification: { AttributeName: expiresAt, Enabled: true }
                """));

        var timeToLive = dynamoDb.describeTimeToLive(request -> request.tableName("sessions"))
                .timeToLiveDescription();
        assertThat(timeToLive.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(timeToLive.attributeName()).isEqualTo("expiresAt");
    }

    @Test
    void definitionDynamoDbRefusesIsReportedWithTheTableName() {
        Map<String, Object> keyWithoutDefinition = properties("""
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions: [{ AttributeName: title, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                """);

        assertThatThrownBy(() -> local.tables().create("broken", keyWithoutDefinition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DynamoDB table 'broken' cannot be created: ")
                .hasMessageContaining("Attribute Definitions");
    }

    @Test
    void provisionedTableWithoutThroughputIsRefusedAsOnAws() {
        Map<String, Object> noBillingModeNoThroughput = properties("""
                AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                KeySchema: [{ AttributeName: id, KeyType: HASH }]
                """);

        assertThatThrownBy(() -> local.tables().create("unprovisioned", noBillingModeNoThroughput))
                .hasMessageStartingWith("DynamoDB table 'unprovisioned' cannot be created: ")
                .hasMessageContaining("provisioned throughput");
    }

    @Test
    void creatingATableTwiceIsRefused() {
        local.tables().create("declared-twice", moviesTable("declared-twice"));

        assertThatThrownBy(() -> local.tables().create("declared-twice", moviesTable("declared-twice")))
                .hasMessageStartingWith("DynamoDB table 'declared-twice' cannot be created: ")
                .hasMessageContaining("preexisting table");
    }

    @Test
    void adminReadsTableNamesAndPlainItems() {
        local.tables().create("movies-admin", moviesTable("movies-admin"));
        putMovie("movies-admin", "alien", "Alien", 1979);
        putMovie("movies-admin", "heat", "Heat", 1995);
        putMovie("movies-admin", "ran", "Ran", 1985);

        assertThat(local.tables().tableNames()).contains("movies-admin");
        assertThat(local.tables().items("movies-admin", 2)).hasSize(2);
        assertThat(local.tables().items("movies-admin", 100))
                .hasSize(3)
                .contains(Map.of("id", "alien", "title", "Alien", "startYear", new BigDecimal("1979")));
    }

    @Test
    void adminNamesTheTablesThereAreWhenAskedForAMissingOne() {
        local.tables().create("movies-known", moviesTable("movies-known"));

        assertThatThrownBy(() -> local.tables().items("movies-unknown", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no DynamoDB table 'movies-unknown' (tables: ")
                .hasMessageContaining("movies-known");
    }

    @Test
    void adminCallsAreNotCountedAsTheHandlers() {
        local.tables().create("movies-uncounted", moviesTable("movies-uncounted"));
        local.tables().items("movies-uncounted", 10);

        assertThat(local.interceptor().callCounts()).doesNotContainKeys("CreateTable", "Scan");
    }
}
