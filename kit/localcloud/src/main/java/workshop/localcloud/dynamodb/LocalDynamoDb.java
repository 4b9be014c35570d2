package workshop.localcloud.dynamodb;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB for the local cloud: the real DynamoDB Local engine, embedded in this JVM.
 *
 * <p>Embedded means no server and no port: the SDK clients it hands out call the engine directly,
 * in-process, with the same validation, errors and stream records as DynamoDB Local's server (whose
 * HTTP mode we avoid because it listens on every network interface). Data lives in memory and is
 * gone on {@link #close()}. Telemetry is switched off: DynamoDB Local would otherwise try to send
 * usage data, and these machines have no network.
 *
 * <p>The engine needs a native SQLite library; DynamoDB Local ships one per platform inside its jar
 * and unpacks it into the temporary directory on start, so nothing has to be installed or
 * configured. (Where that directory forbids executing files, {@code -Dorg.sqlite.tmpdir=DIR} moves
 * it; on a platform it has no library for, {@code -Dorg.sqlite.lib.path=DIR} points to one.)
 *
 * <p>Starting takes about a second, so start it once per run, or once per test class.
 *
 * <p>Known differences from DynamoDB that handlers may notice:
 * <ul>
 *   <li>time-to-live is recorded but expired items are never deleted;</li>
 *   <li>ARNs read {@code arn:aws:dynamodb:ddblocal:000000000000:table/...};</li>
 *   <li>the times it reports ({@code CreationDateTime}, a stream record's
 *       {@code ApproximateCreationDateTime}) are epoch milliseconds read as seconds, tens of
 *       thousands of years ahead: {@code Instant.ofEpochMilli(reported.getEpochSecond())} is the
 *       real time.</li>
 * </ul>
 */
public final class LocalDynamoDb implements AutoCloseable {

    /**
     * DynamoDB Local's streams code goes through the AWS SDK v1, which warns on first use that
     * "JAXB is unavailable ... include javax.xml.bind:jaxb-api" and then works without it. Nothing
     * is wrong, so the advice is kept from attendees. Held in a field: JUL forgets the level of a
     * logger nobody references.
     */
    private static final Logger SDK_V1_BASE64_LOG = quiet("com.amazonaws.util.Base64");

    private final AmazonDynamoDBLocal engine;
    private final DynamoDbStreamsClient streamsClient;
    private final DynamoDbClientInterceptor interceptor;
    private final TableAdmin tables;
    private final Duration startupTime;
    private boolean closed;

    private LocalDynamoDb(AmazonDynamoDBLocal engine, Duration startupTime) {
        this.engine = engine;
        this.streamsClient = engine.dynamoDbStreamsClient();
        DynamoDbClient engineClient = engine.dynamoDbClient();
        this.interceptor = new DynamoDbClientInterceptor(engineClient);
        // The admin works on the engine's own client: its calls are not the handlers', so they are
        // neither counted nor faulted.
        this.tables = new TableAdmin(engineClient);
        this.startupTime = startupTime;
    }

    /** Starts an empty, in-memory engine and waits until it answers. */
    public static LocalDynamoDb start() {
        long startedAt = System.nanoTime();
        AmazonDynamoDBLocal engine = DynamoDBEmbedded.create(true); // true: telemetry off
        engine.dynamoDbClient().listTables(); // the first call finishes the engine's lazy set-up
        return new LocalDynamoDb(engine, Duration.ofNanos(System.nanoTime() - startedAt));
    }

    /**
     * The client for handlers: every call counted, writes reported and, when asked, BatchWriteItem
     * answered with {@code UnprocessedItems}; see {@link #interceptor()}.
     */
    public DynamoDbClient client() {
        return interceptor.client();
    }

    /** The DynamoDB Streams client, for the stream poller; not intercepted. */
    public DynamoDbStreamsClient streamsClient() {
        return streamsClient;
    }

    /** Fault injection, write listeners and call counts of {@link #client()}. */
    public DynamoDbClientInterceptor interceptor() {
        return interceptor;
    }

    /** Creating tables, finding their streams, reading their items, outside the handlers' view. */
    public TableAdmin tables() {
        return tables;
    }

    /** How long {@link #start()} took, for the start-up report. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the engine; every table and item is gone. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            engine.shutdown();
        }
    }

    private static Logger quiet(String loggerName) {
        Logger logger = Logger.getLogger(loggerName);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
