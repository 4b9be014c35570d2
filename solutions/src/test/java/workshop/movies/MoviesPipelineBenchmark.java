package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.testing.RecordingContexts;

/**
 * The movies pipeline's throughput on the local cloud, with its baselines measured in the same run
 * (run by {@code scripts/bench-movies.sh}; figures only, never a pass/fail on time):
 * <ol>
 *   <li>pipeline: N movies put on the stream by {@link MovieStreamPublisher} until the processor has
 *       stored them all (the cloud is idle), against raw {@code BatchWriteItem} calls of the same N
 *       items, 25 per call, into a copy of the movie table (same key and index) in the same embedded
 *       DynamoDB; goal: ratio ≥ 0.8.
 *       Service calls are counted: {@code PutRecords} = ⌈N/500⌉, {@code BatchWriteItem} ≈ ⌈N/25⌉;</li>
 *   <li>processor, warm, in this JVM: a 500-record {@link KinesisEvent} through
 *       {@link ProcessMoviesHandler} (writing to DynamoDB Local) against a handler that does nothing.</li>
 * </ol>
 */
public final class MoviesPipelineBenchmark {

    private static final String STREAM = "data-processing-stream-local";
    private static final String MOVIE_TABLE = "movie-local";
    private static final String RAW_TABLE = "movie-raw-baseline";

    public static void main(String[] args) throws Exception {
        int movies = intArgument(args, "--movies", 5_000);
        int rounds = intArgument(args, "--rounds", 3);
        int eventRuns = intArgument(args, "--event-runs", 20);
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(Path.of("../serverless.yml"), Path.of("serverless.yml"))
                .withConsole(line -> { }))) {
            createRawTable(cloud.services().dynamoDb());
            pipelineAgainstRawWrites(cloud, movies, rounds);
            processorAgainstNoOp(cloud, eventRuns);
        }
        // DynamoDB Local leaves a non-daemon thread behind: end the JVM explicitly.
        System.exit(0);
    }

    private static void pipelineAgainstRawWrites(LocalCloud cloud, int count, int rounds) throws InterruptedException {
        DynamoDbClient dynamoDb = cloud.services().dynamoDb();
        MovieStreamPublisher publisher = new MovieStreamPublisher(cloud.services().kinesis(), STREAM);
        double[] pipeline = new double[rounds];
        double[] raw = new double[rounds];
        double[] ratios = new double[rounds];
        long putRecordsCalls = 0;
        long batchWriteCalls = 0;
        // Round -1 warms both paths up (class loading, JIT) and is not counted.
        for (int round = -1; round < rounds; round++) {
            // New ids each round: every round writes new items, as a first scrape does.
            List<Movie> movies = syntheticMovies((round + 1) * count, count);

            long rawStart = System.nanoTime();
            rawBatchWrites(dynamoDb, movies);
            double rawRate = count / seconds(System.nanoTime() - rawStart);

            cloud.services().localDynamoDb().interceptor().resetCallCounts();
            long pipelineStart = System.nanoTime();
            PublishResult published = publisher.publish(movies);
            if (!cloud.awaitIdle(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the processor did not consume the stream in 5 minutes");
            }
            double pipelineRate = count / seconds(System.nanoTime() - pipelineStart);
            putRecordsCalls = published.requests();
            batchWriteCalls = cloud.services().localDynamoDb().interceptor().callCounts().getOrDefault("BatchWriteItem", 0L);
            long stored = cloud.services().localDynamoDb().tables().count(MOVIE_TABLE);
            if (stored != (long) (round + 2) * count) {
                throw new IllegalStateException("expected " + (round + 2) * count + " movies stored, found " + stored);
            }
            if (round >= 0) {
                raw[round] = rawRate;
                pipeline[round] = pipelineRate;
                ratios[round] = pipelineRate / rawRate;
            }
        }
        double pipelineMedian = median(pipeline);
        double rawMedian = median(raw);
        System.out.println();
        System.out.printf("== Movies pipeline: %d movies per round, %d rounds after a warm-up round (put on the stream → stored by the processor)%n",
                count, rounds);
        System.out.printf("  %-58s median %8.0f records/s   (rounds: %s)%n", "pipeline: PutRecords → Kinesis → processor → BatchWriteItem",
                pipelineMedian, list(pipeline));
        System.out.printf("  %-58s median %8.0f records/s   (rounds: %s)%n", "baseline: raw BatchWriteItem, 25 per call, same table shape",
                rawMedian, list(raw));
        // Paired per round: both ran back to back, on a table of the same size, under the same load.
        double ratio = median(ratios);
        System.out.printf("  %-58s %.2f   (per round: %s; goal ≥ 0.8: %s)%n", "ratio pipeline / raw BatchWriteItem, median of rounds",
                ratio, listRatios(ratios), ratio >= 0.8 ? "met" : "NOT MET");
        System.out.printf("  %-58s PutRecords %d (⌈N/500⌉ = %d), BatchWriteItem %d (⌈N/25⌉ = %d)%n",
                "service calls in the last round", putRecordsCalls, ceilDiv(count, 500), batchWriteCalls, ceilDiv(count, 25));
    }

    private static void processorAgainstNoOp(LocalCloud cloud, int runs) {
        DynamoDbClient dynamoDb = cloud.services().dynamoDb();
        ErrorTable errors = new ErrorTable(dynamoDb, "movie-errors-local");
        ProcessMoviesHandler processor = new ProcessMoviesHandler(new MovieTable(dynamoDb, MOVIE_TABLE), errors, Clock.systemUTC());
        // The same handler with the writes left out: what decoding and validating cost on their own.
        ProcessMoviesHandler withoutWrites = new ProcessMoviesHandler(new MovieTable(dynamoDb, MOVIE_TABLE) {
            @Override
            public void saveAll(List<Movie> movies) {
            }
        }, errors, Clock.systemUTC());
        RequestHandler<KinesisEvent, StreamsEventResponse> noOp = (event, context) -> new StreamsEventResponse(List.of());
        KinesisEvent event = kinesisEvent(syntheticMovies(900_000, 500));
        Context context = RecordingContexts.recording(new ArrayList<>());
        List<RequestHandler<KinesisEvent, StreamsEventResponse>> handlers = List.of(processor, withoutWrites, noOp);
        double[][] rates = new double[handlers.size()][runs];
        for (int run = -5; run < runs; run++) {
            for (int h = 0; h < handlers.size(); h++) {
                long start = System.nanoTime();
                handlers.get(h).handleRequest(event, context);
                if (run >= 0) {
                    rates[h][run] = 500 / seconds(System.nanoTime() - start);
                }
            }
        }
        double noOpRate = median(rates[2]);
        System.out.println();
        System.out.printf("== Processor, warm, one JVM: a 500-record KinesisEvent, %d runs after 5 warm-up runs%n", runs);
        System.out.printf("  %-58s median %12.0f records/s  (%.4f of the no-op)%n", "ProcessMoviesHandler, writing to DynamoDB Local",
                median(rates[0]), median(rates[0]) / noOpRate);
        System.out.printf("  %-58s median %12.0f records/s  (%.4f of the no-op)%n", "ProcessMoviesHandler without the writes (decode, validate)",
                median(rates[1]), median(rates[1]) / noOpRate);
        System.out.printf("  %-58s median %12.0f records/s%n", "baseline: a handler that returns at once", noOpRate);
    }

    static List<Movie> syntheticMovies(int firstNumber, int count) {
        return IntStream.range(firstNumber, firstNumber + count)
                .mapToObj(n -> new Movie(String.format("tt%08d", n), "Benchmark title " + n, "Original title " + n,
                        n % 50 == 0, 1950 + n % 70, 80 + n % 60, List.of("Drama", "Comedy")))
                .toList();
    }

    private static KinesisEvent kinesisEvent(List<Movie> movies) {
        List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>();
        for (int i = 0; i < movies.size(); i++) {
            KinesisEvent.Record data = new KinesisEvent.Record();
            data.setData(ByteBuffer.wrap(MovieJson.toJson(movies.get(i)).getBytes(StandardCharsets.UTF_8)));
            data.setPartitionKey(movies.get(i).id());
            data.setSequenceNumber(String.format("4959%020d", i));
            KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
            record.setKinesis(data);
            record.setEventID("shardId-000000000000:" + data.getSequenceNumber());
            records.add(record);
        }
        KinesisEvent event = new KinesisEvent();
        event.setRecords(records);
        return event;
    }

    /**
     * The baseline's table: the movie table's copy, index included (DynamoDB writes a GSI's entry with
     * each item, so a table without it would be a cheaper baseline than the real one).
     */
    private static void createRawTable(DynamoDbClient dynamoDb) {
        TableDescription movies = dynamoDb.describeTable(request -> request.tableName(MOVIE_TABLE)).table();
        dynamoDb.createTable(request -> request.tableName(RAW_TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(movies.attributeDefinitions())
                .keySchema(movies.keySchema())
                .globalSecondaryIndexes(movies.globalSecondaryIndexes().stream()
                        .map(index -> GlobalSecondaryIndex.builder().indexName(index.indexName())
                                .keySchema(index.keySchema()).projection(index.projection()).build())
                        .toList()));
    }

    /** The baseline: the same items, 25 per BatchWriteItem, unprocessed items sent again at once. */
    private static void rawBatchWrites(DynamoDbClient dynamoDb, List<Movie> movies) {
        for (int from = 0; from < movies.size(); from += 25) {
            List<WriteRequest> writes = movies.subList(from, Math.min(from + 25, movies.size())).stream()
                    .map(movie -> WriteRequest.builder().putRequest(PutRequest.builder().item(MovieTable.toItem(movie)).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(RAW_TABLE, writes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> batch = pending;
                pending = dynamoDb.batchWriteItem(request -> request.requestItems(batch)).unprocessedItems();
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long ceilDiv(int count, int size) {
        return (count + size - 1) / size;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String listRatios(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(value -> String.format("%.2f", value)).toList());
    }

    private static String list(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(value -> String.format("%.0f", value)).toList());
    }

    private static int intArgument(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
