package workshop.movies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The movie table ({@code movie-<suffix>}, key {@code id}) and its index by year.
 *
 * <p>One item per movie, with the field names of {@link MovieJson}: {@code id} (S),
 * {@code primaryTitle} (S), {@code originalTitle} (S), {@code isAdult} (BOOL), {@code startYear} (N),
 * {@code runtimeMinutes} (N), {@code genres} (L of S). An unknown year or runtime is left out, not
 * stored as 0 or null: the index {@value #YEAR_INDEX} holds only the items that have its key
 * attribute, so a movie without a year is simply not listed under any year.
 *
 * <p>Saving is idempotent: a movie is put whole under its id, so saving it again (a stream record
 * delivered twice) leaves one item with the same content.
 */
public class MovieTable {

    public static final String KEY = "id";
    public static final String PRIMARY_TITLE = "primaryTitle";
    public static final String ORIGINAL_TITLE = "originalTitle";
    public static final String IS_ADULT = "isAdult";
    public static final String START_YEAR = "startYear";
    public static final String RUNTIME_MINUTES = "runtimeMinutes";
    public static final String GENRES = "genres";

    /** The global secondary index on {@code startYear} (hash) and {@code id} (range), all attributes. */
    public static final String YEAR_INDEX = "byStartYear";

    /** DynamoDB's limit of put (and delete) requests in one BatchWriteItem call. */
    public static final int MAX_BATCH_WRITES = 25;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final BatchWriteBackoff backoff;

    public MovieTable(DynamoDbClient dynamoDb, String tableName) {
        this(dynamoDb, tableName, BatchWriteBackoff.standard());
    }

    MovieTable(DynamoDbClient dynamoDb, String tableName, BatchWriteBackoff backoff) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.backoff = backoff;
    }

    public String tableName() {
        return tableName;
    }

    /**
     * Puts every movie, {@value #MAX_BATCH_WRITES} per BatchWriteItem call, retrying the writes
     * DynamoDB leaves unprocessed with backoff.
     *
     * <p>DynamoDB refuses a whole batch that holds the same key twice, and a stream may well carry
     * one movie twice (the scraper ran twice, or a record was re-sent), so only the last version of
     * each id is written: the later record is the newer one.
     *
     * @throws MoviesNotSavedException when writes are still unprocessed after the last attempt; the
     *                                 movies not named in it were written
     */
    public void saveAll(List<Movie> movies) {
        List<Movie> latest = latestPerId(movies);
        for (int start = 0; start < latest.size(); start += MAX_BATCH_WRITES) {
            List<Movie> batch = latest.subList(start, Math.min(start + MAX_BATCH_WRITES, latest.size()));
            List<String> unprocessed = writeBatch(batch);
            if (!unprocessed.isEmpty()) {
                List<String> notSaved = new ArrayList<>(unprocessed);
                latest.subList(start + batch.size(), latest.size()).forEach(movie -> notSaved.add(movie.id()));
                throw new MoviesNotSavedException(notSaved, unprocessed.size(), backoff.maxAttempts());
            }
        }
    }

    /** The movie with this id, if the table has it. */
    public Optional<Movie> find(String id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(tableName)
                .key(Map.of(KEY, AttributeValue.fromS(id)))
                .build()).item();
        // The SDK gives an empty map, not null, when there is no such item.
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /**
     * One page of the movies of {@code year}, in id order (the index's sort key).
     *
     * @param limit    at most this many movies
     * @param startKey where the page starts: the previous page's {@link TablePage#lastEvaluatedKey()},
     *                 empty for the first page
     */
    public TablePage<Movie> byYear(int year, int limit, Map<String, AttributeValue> startKey) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(tableName)
                .indexName(YEAR_INDEX)
                .keyConditionExpression("#year = :year")
                .expressionAttributeNames(Map.of("#year", START_YEAR))
                .expressionAttributeValues(Map.of(":year", AttributeValue.fromN(Integer.toString(year))))
                .limit(limit);
        if (!startKey.isEmpty()) {
            query.exclusiveStartKey(startKey);
        }
        QueryResponse response = dynamoDb.query(query.build());
        List<Movie> movies = response.items().stream().map(MovieTable::fromItem).toList();
        return new TablePage<>(movies, response.lastEvaluatedKey());
    }

    /**
     * Whether {@code key} can be where a page of {@link #byYear} for {@code year} starts: the keys
     * DynamoDB returns for that query have exactly the table's key and the index's key, the latter
     * equal to the year. Anything else did not come from that query.
     */
    public static boolean isYearIndexKey(Map<String, AttributeValue> key, int year) {
        if (!key.keySet().equals(Set.of(KEY, START_YEAR))) {
            return false;
        }
        String id = key.get(KEY).s();
        String startYear = key.get(START_YEAR).n();
        return id != null && TitleIds.isTitleId(id) && Integer.toString(year).equals(startYear);
    }

    static Map<String, AttributeValue> toItem(Movie movie) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, AttributeValue.fromS(movie.id()));
        item.put(PRIMARY_TITLE, AttributeValue.fromS(movie.primaryTitle()));
        item.put(ORIGINAL_TITLE, AttributeValue.fromS(movie.originalTitle()));
        item.put(IS_ADULT, AttributeValue.fromBool(movie.isAdult()));
        if (movie.startYear() != null) {
            item.put(START_YEAR, AttributeValue.fromN(movie.startYear().toString()));
        }
        if (movie.runtimeMinutes() != null) {
            item.put(RUNTIME_MINUTES, AttributeValue.fromN(movie.runtimeMinutes().toString()));
        }
        item.put(GENRES, AttributeValue.fromL(movie.genres().stream().map(AttributeValue::fromS).toList()));
        return item;
    }

    /** The movie an item holds; an item that is not one (written by hand?) fails, naming it. */
    static Movie fromItem(Map<String, AttributeValue> item) {
        try {
            return new Movie(
                    item.get(KEY).s(),
                    item.get(PRIMARY_TITLE).s(),
                    item.get(ORIGINAL_TITLE).s(),
                    item.get(IS_ADULT).bool(),
                    optionalInt(item.get(START_YEAR)),
                    optionalInt(item.get(RUNTIME_MINUTES)),
                    item.containsKey(GENRES) ? item.get(GENRES).l().stream().map(AttributeValue::s).toList() : List.of());
        } catch (RuntimeException notAMovie) {
            throw new IllegalStateException("item " + item.get(KEY) + " of the movie table is not a movie: " + notAMovie, notAMovie);
        }
    }

    private static Integer optionalInt(AttributeValue value) {
        return value == null ? null : Integer.valueOf(value.n());
    }

    /** One movie per id, the last one given, in the order the ids first appear. */
    private static List<Movie> latestPerId(List<Movie> movies) {
        Map<String, Movie> latest = new LinkedHashMap<>();
        movies.forEach(movie -> latest.put(movie.id(), movie));
        return new ArrayList<>(latest.values());
    }

    /** Writes up to 25 movies; returns the ids DynamoDB still left unprocessed after the last attempt. */
    private List<String> writeBatch(List<Movie> batch) {
        List<WriteRequest> puts = batch.stream()
                .map(movie -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem(movie)).build()).build())
                .toList();
        Map<String, List<WriteRequest>> toWrite = Map.of(tableName, puts);
        for (int attempt = 1; ; attempt++) {
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(BatchWriteItemRequest.builder()
                    .requestItems(toWrite)
                    .build());
            // Only what DynamoDB hands back is sent again: the rest is written.
            List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(tableName, List.of());
            if (unprocessed.isEmpty()) {
                return List.of();
            }
            if (attempt == backoff.maxAttempts()) {
                return unprocessed.stream().map(write -> write.putRequest().item().get(KEY).s()).toList();
            }
            backoff.pauseBeforeRetry(attempt);
            toWrite = Map.of(tableName, unprocessed);
        }
    }
}
