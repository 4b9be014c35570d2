package workshop.support;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one place where handlers get their AWS clients.
 *
 * <p>Each client is built once per JVM, on first use: a Lambda execution environment serves many
 * invocations, and building an SDK client costs tens of milliseconds, so handlers call this from
 * their constructor, never per request. Only the clients a handler asks for are built, which keeps
 * cold starts short.
 *
 * <p>By default the clients talk to AWS (see {@link SdkClientSource}). The local cloud calls
 * {@link #install} with its own clients before it creates any handler, so the same handler code runs
 * offline.
 */
public final class AwsClients {

    private static volatile AwsClientSource source;

    private static final OnceBuilt<DynamoDbClient> DYNAMO_DB = new OnceBuilt<>();
    private static final OnceBuilt<DynamoDbStreamsClient> DYNAMO_DB_STREAMS = new OnceBuilt<>();
    private static final OnceBuilt<KinesisClient> KINESIS = new OnceBuilt<>();
    private static final OnceBuilt<SnsClient> SNS = new OnceBuilt<>();
    private static final OnceBuilt<SqsClient> SQS = new OnceBuilt<>();
    private static final List<OnceBuilt<?>> ALL = List.of(DYNAMO_DB, DYNAMO_DB_STREAMS, KINESIS, SNS, SQS);

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DYNAMO_DB.get(() -> source().dynamoDb());
    }

    public static DynamoDbStreamsClient dynamoDbStreams() {
        return DYNAMO_DB_STREAMS.get(() -> source().dynamoDbStreams());
    }

    public static KinesisClient kinesis() {
        return KINESIS.get(() -> source().kinesis());
    }

    public static SnsClient sns() {
        return SNS.get(() -> source().sns());
    }

    public static SqsClient sqs() {
        return SQS.get(() -> source().sqs());
    }

    /**
     * Makes every later call return clients from {@code localSource}; clients handed out before
     * are forgotten. For the local cloud and tests, never for handler code.
     */
    public static synchronized void install(AwsClientSource localSource) {
        source = Objects.requireNonNull(localSource, "localSource");
        ALL.forEach(OnceBuilt::forget);
    }

    /** Goes back to real AWS clients built from the environment. */
    public static synchronized void reset() {
        source = null;
        ALL.forEach(OnceBuilt::forget);
    }

    private static synchronized AwsClientSource source() {
        if (source == null) {
            source = new SdkClientSource(Env::optional);
        }
        return source;
    }

    /** A source of real SDK clients configured from the given environment (for tests). */
    static AwsClientSource sdkSource(Function<String, Optional<String>> environment) {
        return new SdkClientSource(environment);
    }
}
