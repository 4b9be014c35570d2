package workshop.localcloud.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import workshop.localcloud.dynamodb.TableFromCloudFormation.TableDefinition;

/**
 * What the local cloud itself does with tables: create them from serverless.yml, find their
 * streams, and show their contents in the admin view and the CLI.
 *
 * <p>It is meant for the engine's own client, not the intercepted one, so that its calls are not
 * counted as the handlers' and never meet injected faults. That client answers the SDK's
 * paginators without translating DynamoDB Local's internal errors into the SDK's exceptions (a
 * missing table comes out as a {@code DynamoDBLocalServiceException}), so the loops over pages are
 * written out here.
 */
public final class TableAdmin {

    private final DynamoDbClient dynamoDb;

    public TableAdmin(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /**
     * Creates the table an {@code AWS::DynamoDB::Table} resource describes.
     *
     * @param tableName  its physical name ({@code TableName}, or the name generated for it)
     * @param properties its resolved {@code Properties}
     * @throws IllegalArgumentException naming the property or, from DynamoDB, the table
     * @see TableFromCloudFormation
     * @see #create(TableDefinition)
     */
    public void create(String tableName, Map<String, ?> properties) {
        create(TableFromCloudFormation.from(tableName, properties));
    }

    /**
     * Creates the table, waits until it is ACTIVE (at once in DynamoDB Local), then applies its
     * time-to-live setting. DynamoDB Local records that setting but never deletes expired items:
     * tests that rely on expiry must check the attribute themselves.
     *
     * @throws IllegalArgumentException naming the table, with DynamoDB's reason, when DynamoDB
     *                                  refuses the definition (e.g. a key attribute missing from
     *                                  AttributeDefinitions) or the table exists already
     */
    public void create(TableDefinition table) {
        String name = table.tableName();
        try {
            dynamoDb.createTable(table.createTableRequest());
            try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb).build()) {
                waiter.waitUntilTableExists(request -> request.tableName(name));
            }
            table.timeToLive()
                    .filter(spec -> Boolean.TRUE.equals(spec.enabled())) // disabling what was never on is refused
                    .ifPresent(spec -> dynamoDb.updateTimeToLive(request -> request
                            .tableName(name)
                            .timeToLiveSpecification(spec)));
        } catch (DynamoDbException refused) {
            throw new IllegalArgumentException(
                    "DynamoDB table '" + name + "' cannot be created: " + reason(refused), refused);
        }
    }

    /** The ARN of the table's current stream, empty when it has none. */
    public Optional<String> latestStreamArn(String tableName) {
        return Optional.ofNullable(describe(tableName).latestStreamArn());
    }

    public TableDescription describe(String tableName) {
        try {
            return dynamoDb.describeTable(request -> request.tableName(tableName)).table();
        } catch (ResourceNotFoundException missing) {
            throw noSuchTable(tableName, missing);
        }
    }

    /** Every table's name, in DynamoDB's order (alphabetical). */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        ListTablesResponse page = dynamoDb.listTables(ListTablesRequest.builder().build());
        names.addAll(page.tableNames());
        while (page.lastEvaluatedTableName() != null) {
            String lastName = page.lastEvaluatedTableName();
            page = dynamoDb.listTables(request -> request.exclusiveStartTableName(lastName));
            names.addAll(page.tableNames());
        }
        return names;
    }

    /**
     * Up to {@code limit} items of the table, in scan order, as plain values (see
     * {@link AttributeValues}) ready to print as JSON.
     */
    public List<Map<String, Object>> items(String tableName, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        try {
            ScanResponse page = dynamoDb.scan(request -> request.tableName(tableName).limit(limit));
            page.items().forEach(item -> items.add(AttributeValues.toPlain(item)));
            while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() && items.size() < limit) {
                Map<String, AttributeValue> lastKey = page.lastEvaluatedKey();
                int stillWanted = limit - items.size();
                page = dynamoDb.scan(request -> request.tableName(tableName).limit(stillWanted).exclusiveStartKey(lastKey));
                page.items().forEach(item -> items.add(AttributeValues.toPlain(item)));
            }
        } catch (ResourceNotFoundException missing) {
            throw noSuchTable(tableName, missing);
        }
        return items;
    }

    /** The number of items in the table: a counting Scan, page by page (DynamoDB counts 1 MB per page). */
    public long count(String tableName) {
        long count = 0;
        Map<String, AttributeValue> startKey = null;
        try {
            do {
                Map<String, AttributeValue> from = startKey;
                ScanResponse page = dynamoDb.scan(request -> request.tableName(tableName).select(Select.COUNT)
                        .exclusiveStartKey(from));
                count += page.count();
                startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (startKey != null);
        } catch (ResourceNotFoundException missing) {
            throw noSuchTable(tableName, missing);
        }
        return count;
    }

    private IllegalArgumentException noSuchTable(String tableName, ResourceNotFoundException missing) {
        return new IllegalArgumentException(
                "no DynamoDB table '" + tableName + "' (tables: " + String.join(", ", tableNames()) + ")", missing);
    }

    private static String reason(DynamoDbException refused) {
        return refused.awsErrorDetails() != null && refused.awsErrorDetails().errorMessage() != null
                ? refused.awsErrorDetails().errorMessage()
                : refused.getMessage();
    }
}
