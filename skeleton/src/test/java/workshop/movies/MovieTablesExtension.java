package workshop.movies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.course.ResourcesStackTables;
import workshop.localcloud.config.ResourceDefinition;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * DynamoDB Local with the movie table and the error table exactly as the resources stack (the root
 * serverless.yml) defines them, index included, emptied before each test.
 * Use with {@code @RegisterExtension static final MovieTablesExtension tables = new MovieTablesExtension();}.
 */
final class MovieTablesExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String MOVIE_TABLE = "movie-test";
    static final String ERROR_TABLE = "movie-errors-test";

    private LocalDynamoDb dynamoDb;
    private List<ResourceDefinition> tables;

    @Override
    public void beforeAll(ExtensionContext context) {
        tables = List.of(ResourcesStackTables.table("MovieTable"), ResourcesStackTables.table("MovieErrorsTable"));
        dynamoDb = LocalDynamoDb.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<String> existing = dynamoDb.tables().tableNames();
        for (ResourceDefinition table : tables) {
            if (existing.contains(table.physicalName())) {
                dynamoDb.client().deleteTable(request -> request.tableName(table.physicalName()));
            }
            dynamoDb.tables().create(table.physicalName(), table.properties());
        }
        dynamoDb.interceptor().unprocessedItems(0, null);
        dynamoDb.interceptor().resetCallCounts();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dynamoDb.close();
    }

    /** The client for the code under test: its calls are counted and can be faulted. */
    DynamoDbClient client() {
        return dynamoDb.client();
    }

    /** Calls of {@link #client()} per operation since the test began, e.g. {@code BatchWriteItem=3}. */
    Map<String, Long> callCounts() {
        return dynamoDb.interceptor().callCounts();
    }

    /** Makes DynamoDB hand back this share of each BatchWriteItem as unprocessed (0 to 1). */
    void unprocessedItems(double share, long seed) {
        dynamoDb.interceptor().unprocessedItems(share, new java.util.SplittableRandom(seed));
    }

    MovieTable movieTable() {
        return new MovieTable(client(), MOVIE_TABLE, BatchWriteBackoff.withSleeper(duration -> { }));
    }

    ErrorTable errorTable() {
        return new ErrorTable(client(), ERROR_TABLE);
    }

    /**
     * Every item of a table as plain values ({@code "startYear" -> 1994}), sorted by id; read
     * through the engine's own client, so not counted in {@link #callCounts()}.
     */
    List<Map<String, Object>> items(String tableName) {
        List<Map<String, Object>> items = new ArrayList<>(dynamoDb.tables().items(tableName, 100_000));
        items.sort(Comparator.comparing(item -> (String) item.get("id")));
        return items;
    }
}
