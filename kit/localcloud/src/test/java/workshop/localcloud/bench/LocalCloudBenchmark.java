package workshop.localcloud.bench;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.functions.Invocation;

/**
 * The local cloud's start-up time and its put → consumer latency at idle, with baselines measured in
 * the same run (the machines are shared and noisy: ratios say more than absolute figures).
 *
 * <ul>
 *   <li><b>Start-up.</b> {@link LocalCloud#start} of the benchmark app (src/test/resources/bench-app):
 *       the first start in this JVM (cold: what {@code ./workshop up} pays), with the part DynamoDB
 *       Local takes, and a second start in the same JVM (warm).</li>
 *   <li><b>Latency at idle.</b> One record at a time, each sent once the app is idle (every poller
 *       waiting), timed from just before the put to the handler's first line
 *       ({@link BenchReceipts}). Baseline: the same handler invoked directly with an equivalent
 *       one-record event, so the ratio shows what the stream path adds. The four series are
 *       interleaved, so drift in the machine's load hits them alike.</li>
 * </ul>
 *
 * <p>Run by {@code scripts/bench-localcloud.sh}; arguments: {@code [--samples N] [--warmup N]}.
 * A benchmark, not a test: it prints figures and whether the goals are met, and fails only
 * when a record never arrives.
 */
public final class LocalCloudBenchmark {

    static final Duration START_GOAL = Duration.ofSeconds(10);
    static final double LATENCY_GOAL_MS = 100;

    private static final String STREAM = "bench-stream-local";
    private static final String ITEMS_TABLE = "bench-items-local";
    private static final String RECEIPTS_TABLE = "bench-receipts-local";
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(10);
    /** Sleep after the app is idle, random up to this, so puts do not fall in step with any timer. */
    private static final int MAX_IDLE_PAUSE_MS = 20;

    /** -Dbench.verbose=true: the cloud's console (function logs, notices) on stderr. */
    private static final boolean VERBOSE = Boolean.getBoolean("bench.verbose");

    private final LocalCloud cloud;
    private final String streamArn;
    private final String itemsStreamArn;
    private long fakeSequence = 49_000_000_000L;

    private LocalCloudBenchmark(LocalCloud cloud) {
        this.cloud = cloud;
        this.streamArn = cloud.services().kinesis().describeStreamSummary(r -> r.streamName(STREAM))
                .streamDescriptionSummary().streamARN();
        this.itemsStreamArn = cloud.services().localDynamoDb().client().describeTable(r -> r.tableName(ITEMS_TABLE))
                .table().latestStreamArn();
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the local cloud is closed; threads DynamoDB Local leaves must not keep the JVM up
        }
        // DynamoDB Local may leave non-daemon threads behind; everything is closed, so end here.
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int samples = intArgument(args, "--samples", 100);
        int warmup = intArgument(args, "--warmup", 10);
        PrintStream out = System.out; // before the local cloud routes System.out to function logs
        PrintStream err = System.err;
        // The JVM's own record, in milliseconds (ProcessHandle's start instant can be a second off on Linux).
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        LocalCloudOptions options = LocalCloudOptions.of(appFile("resources"), appFile("functions"))
                .withEnvironment(Map.of())
                .withConsole(VERBOSE ? err::println : line -> { });
        err.println("bench: starting the local cloud (cold) ...");
        long coldBegin = System.nanoTime();
        LocalCloud cold = LocalCloud.start(options);
        Duration coldWall = Duration.ofNanos(System.nanoTime() - coldBegin);
        Duration sinceJvmStart = Duration.between(jvmStart, Instant.now());
        StartFigures start;
        List<LatencySeries> series;
        try {
            start = new StartFigures(coldWall, cold.startupTime(), cold.services().localDynamoDb().startupTime(),
                    sinceJvmStart);
            err.printf(Locale.ROOT, "bench: started in %.2f s; timing %d records of each kind ...%n",
                    coldWall.toNanos() / 1e9, samples + warmup);
            LocalCloudBenchmark benchmark = new LocalCloudBenchmark(cold);
            benchmark.writeStreamedTableFirst();
            series = benchmark.measureLatencies(samples, warmup);
        } finally {
            cold.close();
        }

        err.println("bench: starting it again (warm) ...");
        long warmBegin = System.nanoTime();
        LocalCloud warm = LocalCloud.start(options);
        Duration warmWall = Duration.ofNanos(System.nanoTime() - warmBegin);
        Duration warmDynamoDb;
        try {
            warmDynamoDb = warm.services().localDynamoDb().startupTime();
        } finally {
            warm.close();
        }

        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        new Report(out).print(loadBefore, loadAfter, start, warmWall, warmDynamoDb, samples, warmup, series);
        out.flush();
    }

    /**
     * Writes the streamed table before any other table is written. In DynamoDB Local 2.6.1 a write
     * to another table while a stream's shard is still empty leaves that shard's iterator "past the
     * oldest stream record" (TrimmedDataAccessException), and the local cloud's poller does not
     * recover from it: the consumer would never see a record. The demo app is not hit because its
     * streamed table is always written first.
     */
    private void writeStreamedTableFirst() throws Exception {
        timeOneRecord(new LatencySeries("first write of " + ITEMS_TABLE, "first", this::putInStreamedTable), "first-item");
    }

    /** Takes {@code warmup} then {@code samples} rounds; each round times one record of every series. */
    private List<LatencySeries> measureLatencies(int samples, int warmup) throws Exception {
        List<LatencySeries> all = List.of(
                new LatencySeries("Kinesis putRecord → streamConsumer", "kinesis-stream", this::putOnStream),
                new LatencySeries("  baseline: streamConsumer invoked directly", "kinesis-direct", this::invokeStreamConsumer),
                new LatencySeries("DynamoDB putItem → tableConsumer (stream)", "table-stream", this::putInStreamedTable),
                new LatencySeries("  baseline: putItem (table without stream) + direct", "table-direct",
                        this::putAndInvokeTableConsumer));
        for (int round = -warmup; round < samples; round++) {
            for (int i = 0; i < all.size(); i++) {
                LatencySeries next = all.get(Math.floorMod(round + i, all.size()));
                long nanos = timeOneRecord(next, next.keyPrefix() + "-" + (round + warmup));
                if (round >= 0) {
                    next.add(nanos);
                }
            }
        }
        return all;
    }

    private long timeOneRecord(LatencySeries series, String key) throws Exception {
        if (!cloud.awaitIdle(IDLE_TIMEOUT)) {
            throw new IllegalStateException("the local cloud was still busy after " + IDLE_TIMEOUT.toSeconds() + " s");
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(MAX_IDLE_PAUSE_MS + 1));
        var arrival = BenchReceipts.expect(key);
        long sent = System.nanoTime();
        series.sender().send(key);
        try {
            return arrival.get(ARRIVAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) - sent;
        } catch (TimeoutException e) {
            throw new IllegalStateException(series.label().trim() + ": record " + key + " did not reach its handler in "
                    + ARRIVAL_TIMEOUT.toSeconds() + " s", e);
        } finally {
            BenchReceipts.forget(key);
        }
    }

    private void putOnStream(String key) {
        cloud.services().kinesis().putRecord(r -> r.streamName(STREAM).partitionKey(key)
                .data(SdkBytes.fromUtf8String(key)));
    }

    private void invokeStreamConsumer(String key) {
        KinesisEvent.Record kinesis = new KinesisEvent.Record();
        kinesis.setKinesisSchemaVersion("1.0");
        kinesis.setPartitionKey(key);
        kinesis.setSequenceNumber(String.valueOf(fakeSequence++));
        kinesis.setData(ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)));
        kinesis.setApproximateArrivalTimestamp(new Date());
        KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
        record.setKinesis(kinesis);
        record.setEventSource("aws:kinesis");
        record.setEventVersion("1.0");
        record.setEventID("shardId-000000000000:" + kinesis.getSequenceNumber());
        record.setEventName("aws:kinesis:record");
        record.setAwsRegion(cloud.services().region());
        record.setEventSourceARN(streamArn);
        KinesisEvent event = new KinesisEvent();
        event.setRecords(List.of(record));
        succeeded(cloud.function("streamConsumer").invoke(event));
    }

    private void putInStreamedTable(String key) {
        cloud.services().dynamoDb().putItem(r -> r.tableName(ITEMS_TABLE).item(item(key)));
    }

    private void putAndInvokeTableConsumer(String key) {
        cloud.services().dynamoDb().putItem(r -> r.tableName(RECEIPTS_TABLE).item(item(key)));
        var id = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue().withS(key);
        StreamRecord change = new StreamRecord();
        change.setApproximateCreationDateTime(new Date());
        change.setKeys(Map.of("id", id));
        change.setNewImage(Map.of("id", id,
                "n", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue().withN("1")));
        change.setSequenceNumber(String.valueOf(fakeSequence++));
        change.setSizeBytes(20L);
        change.setStreamViewType(StreamViewType.NEW_IMAGE);
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(String.valueOf(fakeSequence));
        record.setEventName("INSERT");
        record.setEventVersion("1.1");
        record.setEventSource("aws:dynamodb");
        record.setAwsRegion(cloud.services().region());
        record.setEventSourceARN(itemsStreamArn);
        record.setDynamodb(change);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        succeeded(cloud.function("tableConsumer").invoke(event));
    }

    private static Map<String, AttributeValue> item(String key) {
        return Map.of("id", AttributeValue.fromS(key), "n", AttributeValue.fromN("1"));
    }

    private static void succeeded(Invocation invocation) {
        if (invocation.isFailure()) {
            throw new IllegalStateException("direct invocation failed: " + invocation.error().errorMessage());
        }
    }

    private static Path appFile(String stack) throws URISyntaxException {
        String resource = "bench-app/" + stack + "/serverless.yml";
        URL url = LocalCloudBenchmark.class.getClassLoader().getResource(resource);
        if (url == null || !url.getProtocol().equals("file")) {
            throw new IllegalStateException(resource + " is not on the classpath as a file (run from target/test-classes)");
        }
        Path path = Path.of(url.toURI());
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist");
        }
        return path;
    }

    private static int intArgument(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    @FunctionalInterface
    private interface Sender {
        void send(String key) throws Exception;
    }

    /** The samples of one kind of delivery, in nanoseconds. */
    private record LatencySeries(String label, String keyPrefix, Sender sender, List<Long> nanos) {
        LatencySeries(String label, String keyPrefix, Sender sender) {
            this(label, keyPrefix, sender, new ArrayList<>());
        }

        void add(long sample) {
            nanos.add(sample);
        }

        double medianMs() {
            List<Long> sorted = sorted();
            int n = sorted.size();
            long middle = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
            return middle / 2e6;
        }

        /** Nearest rank. */
        double percentileMs(double p) {
            List<Long> sorted = sorted();
            int rank = (int) Math.ceil(p / 100 * sorted.size());
            return sorted.get(Math.max(0, rank - 1)) / 1e6;
        }

        double maxMs() {
            return sorted().get(nanos.size() - 1) / 1e6;
        }

        private List<Long> sorted() {
            return nanos.stream().sorted().toList();
        }
    }

    private record StartFigures(Duration wall, Duration reported, Duration dynamoDb, Duration sinceJvmStart) {
    }

    /** The printed report: compact, one figure a line, goals last. */
    private static final class Report {
        private final PrintStream out;

        Report(PrintStream out) {
            this.out = out;
        }

        void print(double loadBefore, double loadAfter, StartFigures start, Duration warmWall, Duration warmDynamoDb,
                   int samples, int warmup, List<LatencySeries> series) {
            Runtime runtime = Runtime.getRuntime();
            out.println("== Local cloud benchmark (in one JVM), " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
            out.printf(Locale.ROOT, "Machine: %d cores%s, %s %s, %s %s (%s), max heap %d MiB%n",
                    runtime.availableProcessors(), cpuModel(), System.getProperty("os.name"),
                    System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                    runtime.maxMemory() / (1024 * 1024));
            out.printf(Locale.ROOT, "JVM flags: %s; load average %.2f before, %.2f after%n",
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), loadBefore, loadAfter);
            out.println("App: kit/localcloud/src/test/resources/bench-app (Kinesis stream " + STREAM
                    + ", 2 shards; 2 DynamoDB tables, 1 with a stream; 2 stream consumers)");
            out.println();
            out.println("Start-up (LocalCloud.start)");
            out.printf(Locale.ROOT, "  cold, first start in the JVM    %6.2f s   (startupTime() %.2f s; DynamoDB Local %.2f s of it = %.0f %%)%n",
                    seconds(start.wall()), seconds(start.reported()), seconds(start.dynamoDb()),
                    100.0 * start.dynamoDb().toNanos() / start.wall().toNanos());
            out.printf(Locale.ROOT, "  JVM start → ready               %6.2f s%n", seconds(start.sinceJvmStart()));
            out.printf(Locale.ROOT, "  warm, second start, same JVM    %6.2f s   (DynamoDB Local %.2f s of it)%n",
                    seconds(warmWall), seconds(warmDynamoDb));
            out.println();
            out.printf(Locale.ROOT, "Put → handler at idle, ms (%d samples each after %d warm-up, interleaved)%n",
                    samples, warmup);
            out.printf(Locale.ROOT, "  %-52s %7s %7s %7s%n", "", "median", "p95", "max");
            for (LatencySeries s : series) {
                out.printf(Locale.ROOT, "  %-52s %7.2f %7.2f %7.2f%n", s.label(), s.medianMs(), s.percentileMs(95), s.maxMs());
            }
            LatencySeries kinesis = series.get(0);
            LatencySeries kinesisDirect = series.get(1);
            LatencySeries table = series.get(2);
            LatencySeries tableDirect = series.get(3);
            out.printf(Locale.ROOT, "  Kinesis  stream / direct, median: %5.2f×  (stream path adds %.2f ms)%n",
                    kinesis.medianMs() / kinesisDirect.medianMs(), kinesis.medianMs() - kinesisDirect.medianMs());
            out.printf(Locale.ROOT, "  DynamoDB stream / direct, median: %5.2f×  (stream path adds %.2f ms)%n",
                    table.medianMs() / tableDirect.medianMs(), table.medianMs() - tableDirect.medianMs());
            out.println();
            out.printf(Locale.ROOT, "Goals (the issue's: ready ≤ %d s; put → consumer ≤ %.0f ms at idle)%n",
                    START_GOAL.toSeconds(), LATENCY_GOAL_MS);
            goal("start, cold, in this JVM", String.format(Locale.ROOT, "%.2f s", seconds(start.wall())),
                    start.wall().compareTo(START_GOAL) <= 0);
            latencyGoal("Kinesis put → consumer", kinesis);
            latencyGoal("DynamoDB put → stream consumer", table);
        }

        private void latencyGoal(String what, LatencySeries s) {
            goal(what, String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms", s.medianMs(), s.percentileMs(95)),
                    s.medianMs() <= LATENCY_GOAL_MS && s.percentileMs(95) <= LATENCY_GOAL_MS);
        }

        private void goal(String what, String figure, boolean met) {
            out.printf(Locale.ROOT, "  %-32s %-30s %s%n", what, figure, met ? "met" : "NOT MET");
        }

        private static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }

        private static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> " (" + line.substring(line.indexOf(':') + 1).trim() + ")")
                        .findFirst().orElse("");
            } catch (Exception e) {
                return "";
            }
        }
    }
}
