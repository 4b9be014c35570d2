package workshop.movies;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    /** @param backoff how many attempts a batch gets, and the pause before each retry */
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
     * DynamoDB leaves unprocessed (and only those) with {@link BatchWriteBackoff}.
     *
     * <p>DynamoDB refuses a whole batch that holds the same key twice, and a stream may well carry
     * one movie twice (the scraper ran twice, or a record was re-sent), so only the last version of
     * each id is written: the later record is the newer one.
     *
     * @throws MoviesNotSavedException when writes are still unprocessed after the last attempt; the
     *                                 movies not named in it were written
     */
    public void saveAll(List<Movie> movies) {
        throw new UnsupportedOperationException(
                "Exercise 05: save the movies with BatchWriteItem - see exercises/05-store-the-movies/README.md");
    }

    /** The movie with this id, if the table has it. */
    public Optional<Movie> find(String id) {
        throw new UnsupportedOperationException(
                "Exercise 05: read one movie with GetItem - see exercises/05-store-the-movies/README.md");
    }

    /**
     * One page of the movies of {@code year}, in id order (the index's sort key): a Query of the index
     * {@value #YEAR_INDEX}.
     *
     * @param limit    at most this many movies
     * @param startKey where the page starts: the previous page's {@link TablePage#lastEvaluatedKey()},
     *                 empty for the first page
     */
    public TablePage<Movie> byYear(int year, int limit, Map<String, AttributeValue> startKey) {
        throw new UnsupportedOperationException(
                "Exercise 05: query the movies of a year - see exercises/05-store-the-movies/README.md");
    }

    /**
     * Whether {@code key} can be where a page of {@link #byYear} for {@code year} starts: the keys
     * DynamoDB returns for that query have exactly the table's key (a title id) and the index's key,
     * the latter equal to the year. Anything else did not come from that query.
     */
    public static boolean isYearIndexKey(Map<String, AttributeValue> key, int year) {
        throw new UnsupportedOperationException(
                "Exercise 05: recognise a key of the year index - see exercises/05-store-the-movies/README.md");
    }

    /** The item that stores {@code movie} (see the layout above). */
    static Map<String, AttributeValue> toItem(Movie movie) {
        throw new UnsupportedOperationException(
                "Exercise 05: a movie as an item - see exercises/05-store-the-movies/README.md");
    }

    /**
     * The movie an item holds.
     *
     * @throws IllegalStateException when the item is not a movie (written by hand?), naming it
     */
    static Movie fromItem(Map<String, AttributeValue> item) {
        throw new UnsupportedOperationException(
                "Exercise 05: an item as a movie - see exercises/05-store-the-movies/README.md");
    }
}
