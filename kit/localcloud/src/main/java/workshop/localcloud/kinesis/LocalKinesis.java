package workshop.localcloud.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.KinesisServiceClientConfiguration;
import software.amazon.awssdk.services.kinesis.model.CreateStreamRequest;
import software.amazon.awssdk.services.kinesis.model.CreateStreamResponse;
import software.amazon.awssdk.services.kinesis.model.DeleteStreamRequest;
import software.amazon.awssdk.services.kinesis.model.DeleteStreamResponse;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamRequest;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamResponse;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamSummaryRequest;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamSummaryResponse;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.EnhancedMetrics;
import software.amazon.awssdk.services.kinesis.model.GetRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsRequest;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.ListStreamsRequest;
import software.amazon.awssdk.services.kinesis.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ShardFilter;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamModeDetails;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.kinesis.model.StreamSummary;

/**
 * Amazon Kinesis Data Streams in memory, behind the SDK's own {@link KinesisClient} interface:
 * handler code calls it exactly as it calls the real service, and gets the same answers and the
 * same exceptions.
 *
 * <p>What it does as AWS does (API reference, 2013-12-02):
 * <ul>
 *   <li>a stream's shards split the 128-bit hash key space evenly; a record goes to the shard whose
 *       range holds MD5 of its partition key, or its {@code ExplicitHashKey};</li>
 *   <li>records keep their order per shard; sequence numbers are decimal strings that increase
 *       within a shard and are unique in the stream;</li>
 *   <li>the limits: 500 entries and 5 MiB per PutRecords, 1 MiB per record (data plus partition
 *       key), partition keys of 1 to 256 characters, GetRecords {@code Limit} 1 to 10,000 and at most
 *       10 MiB per call; violations raise the exception AWS raises, with its error code;</li>
 *   <li>shard iterators expire five minutes after they were issued;</li>
 *   <li>PutRecords reports per-entry failures in request order with {@code FailedRecordCount}.</li>
 * </ul>
 *
 * <p>Where it is simpler than AWS, on purpose:
 * <ul>
 *   <li>streams are ACTIVE as soon as CreateStream returns and gone as soon as DeleteStream returns
 *       (AWS shows CREATING and DELETING for a few seconds);</li>
 *   <li>records are kept for the life of the object: nothing is trimmed after the 24 hours of
 *       retention that DescribeStream reports;</li>
 *   <li>no resharding, so no shard is ever closed and GetRecords never returns {@code ChildShards};</li>
 *   <li>no throughput or call-rate limits and no encryption; throttling happens only when asked
 *       for with {@link #throttlePuts};</li>
 *   <li>GetRecords reads the stream its iterator names and ignores the optional StreamARN;</li>
 *   <li>records are at most 1 MiB, the default: CreateStream's {@code MaxRecordSizeInKiB} is
 *       ignored and UpdateMaxRecordSize is not implemented;</li>
 *   <li>the account holds at most 500 shards in all streams, AWS's default quota in its larger
 *       regions (200 elsewhere).</li>
 * </ul>
 * Operations this class does not implement (consumers, tags, resharding, ...) throw the
 * {@link UnsupportedOperationException} of the SDK interface's default methods.
 *
 * <p>Thread-safe: any number of threads may put and read at once.
 *
 * <p>For the local cloud there are hooks beyond the SDK interface: {@link #addRecordListener},
 * {@link #throttlePuts} and {@link #positions}.
 */
public final class LocalKinesis implements KinesisClient {

    /** AWS starts an on-demand stream with four shards. */
    static final int ON_DEMAND_SHARD_COUNT = 4;

    private static final int RETENTION_PERIOD_HOURS = 24;
    private static final int MAX_RECORD_SIZE_KIB = RecordLimits.MAX_RECORD_BYTES / 1024;
    private static final int MAX_PAGE_SIZE = 10_000;
    private static final int DEFAULT_DESCRIBE_STREAM_LIMIT = 100;
    private static final int DEFAULT_LIST_SHARDS_MAX_RESULTS = 1000;
    private static final int DEFAULT_LIST_STREAMS_LIMIT = 100;
    private static final int MAX_SHARD_ITERATOR_LENGTH = 512;
    private static final int MAX_SHARD_ID_LENGTH = 128;

    private final Clock clock;
    private final StreamRegistry streams;
    private final PutThrottle putThrottle = new PutThrottle();
    private final RecordListeners recordListeners = new RecordListeners();

    /**
     * @param region    the region that stream ARNs name, e.g. {@code eu-west-1}
     * @param accountId the account that ARNs and error messages name, e.g. {@code 000000000000}
     * @param clock     gives arrival timestamps and ages shard iterators; tests pass one they control
     */
    public LocalKinesis(String region, String accountId, Clock clock) {
        this.streams = new StreamRegistry(Objects.requireNonNull(region, "region"),
                Objects.requireNonNull(accountId, "accountId"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- streams

    /**
     * Creates a stream, ACTIVE at once. Provisioned streams need {@code ShardCount}; an on-demand
     * stream gets four shards, as on AWS, and its ShardCount is ignored.
     */
    @Override
    public CreateStreamResponse createStream(CreateStreamRequest request) {
        String streamName = ModelConstraints.required("streamName", request.streamName());
        ModelConstraints.streamName("streamName", streamName);
        StreamMode mode = streamModeOf(request.streamModeDetails());
        int shardCount;
        if (mode == StreamMode.ON_DEMAND) {
            shardCount = ON_DEMAND_SHARD_COUNT;
        } else if (request.shardCount() == null) {
            throw KinesisErrors.invalidArgument("ShardCount is required for a stream in PROVISIONED mode.");
        } else {
            shardCount = ModelConstraints.intInRange("shardCount", request.shardCount(), 1, Integer.MAX_VALUE, 1);
        }
        streams.create(streamName, mode, shardCount, clock.instant());
        return CreateStreamResponse.builder().build();
    }

    /** Deletes a stream and its records at once. Iterators of the stream then fail. */
    @Override
    public DeleteStreamResponse deleteStream(DeleteStreamRequest request) {
        streams.delete(streams.resolve(request.streamName(), request.streamARN()));
        return DeleteStreamResponse.builder().build();
    }

    @Override
    public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
        LocalStream stream = streams.resolve(request.streamName(), request.streamARN());
        int limit = ModelConstraints.intInRange("limit", request.limit(), 1, MAX_PAGE_SIZE, DEFAULT_DESCRIBE_STREAM_LIMIT);
        int from = firstShardAfter(stream, request.exclusiveStartShardId());
        List<LocalShard> page = page(stream.shards(), from, limit);
        StreamDescription description = StreamDescription.builder()
                .streamName(stream.name())
                .streamARN(stream.arn())
                .streamStatus(StreamStatus.ACTIVE)
                .streamModeDetails(stream.modeDetails())
                .shards(page.stream().map(LocalShard::toSdk).toList())
                .hasMoreShards(from + page.size() < stream.shards().size())
                .retentionPeriodHours(RETENTION_PERIOD_HOURS)
                .streamCreationTimestamp(stream.createdAt())
                .enhancedMonitoring(noEnhancedMonitoring())
                .encryptionType(EncryptionType.NONE)
                .build();
        return DescribeStreamResponse.builder().streamDescription(description).build();
    }

    @Override
    public DescribeStreamSummaryResponse describeStreamSummary(DescribeStreamSummaryRequest request) {
        LocalStream stream = streams.resolve(request.streamName(), request.streamARN());
        StreamDescriptionSummary summary = StreamDescriptionSummary.builder()
                .streamName(stream.name())
                .streamARN(stream.arn())
                .streamStatus(StreamStatus.ACTIVE)
                .streamModeDetails(stream.modeDetails())
                .retentionPeriodHours(RETENTION_PERIOD_HOURS)
                .streamCreationTimestamp(stream.createdAt())
                .enhancedMonitoring(noEnhancedMonitoring())
                .encryptionType(EncryptionType.NONE)
                .openShardCount(stream.shards().size())
                .consumerCount(0)
                .maxRecordSizeInKiB(MAX_RECORD_SIZE_KIB)
                .build();
        return DescribeStreamSummaryResponse.builder().streamDescriptionSummary(summary).build();
    }

    /**
     * Lists a stream's shards, a page at a time. As on AWS, a request with {@code NextToken} must
     * not name the stream (the token does), and a token expires after 300 seconds.
     *
     * <p>Every shard here is open and has existed since the stream was created, so of the
     * {@code ShardFilter} types only AFTER_SHARD_ID leaves shards out.
     */
    @Override
    public ListShardsResponse listShards(ListShardsRequest request) {
        int maxResults = ModelConstraints.intInRange("maxResults", request.maxResults(), 1, MAX_PAGE_SIZE,
                DEFAULT_LIST_SHARDS_MAX_RESULTS);
        Instant now = clock.instant();
        LocalStream stream;
        int from;
        if (request.nextToken() != null) {
            if (request.streamName() != null || request.streamARN() != null || request.exclusiveStartShardId() != null) {
                throw KinesisErrors.invalidArgument(
                        "NextToken and StreamName, StreamARN or ExclusiveStartShardId cannot be provided together.");
            }
            ListShardsToken token = ListShardsToken.decode(request.nextToken())
                    .orElseThrow(() -> KinesisErrors.invalidArgument("Invalid NextToken."));
            if (token.expiredAt(now)) {
                throw KinesisErrors.expiredNextToken();
            }
            stream = streams.find(token.streamName(), token.streamGeneration())
                    .orElseThrow(() -> KinesisErrors.streamNotFound(token.streamName(), streams.accountId()));
            from = token.nextShardIndex();
        } else {
            stream = streams.resolve(request.streamName(), request.streamARN());
            from = Math.max(firstShardAfter(stream, request.exclusiveStartShardId()),
                    firstShardMatching(stream, request.shardFilter()));
        }
        List<LocalShard> page = page(stream.shards(), from, maxResults);
        int next = from + page.size();
        boolean more = next < stream.shards().size();
        return ListShardsResponse.builder()
                .shards(page.stream().map(LocalShard::toSdk).toList())
                .nextToken(more ? new ListShardsToken(stream.name(), stream.generation(), next, now).encode() : null)
                .build();
    }

    /** Lists streams by name, a page at a time, with a summary of each. */
    @Override
    public ListStreamsResponse listStreams(ListStreamsRequest request) {
        int limit = ModelConstraints.intInRange("limit", request.limit(), 1, MAX_PAGE_SIZE, DEFAULT_LIST_STREAMS_LIMIT);
        // Our NextToken is simply the last name of the previous page, in Base64.
        String after = request.nextToken() != null ? decodeStreamNameToken(request.nextToken())
                : request.exclusiveStartStreamName();
        List<LocalStream> remaining = streams.sortedByName().stream()
                .filter(stream -> after == null || stream.name().compareTo(after) > 0)
                .toList();
        List<LocalStream> page = page(remaining, 0, limit);
        boolean more = page.size() < remaining.size();
        return ListStreamsResponse.builder()
                .streamNames(page.stream().map(LocalStream::name).toList())
                .streamSummaries(page.stream().map(this::summaryOf).toList())
                .hasMoreStreams(more)
                .nextToken(more ? encodeStreamNameToken(page.get(page.size() - 1).name()) : null)
                .build();
    }

    // ---------------------------------------------------------------- records

    /**
     * Stores one record. With puts throttled, may throw {@code ProvisionedThroughputExceededException}
     * instead, storing nothing.
     */
    @Override
    public PutRecordResponse putRecord(PutRecordRequest request) {
        RecordLimits.checkPutRecord(request);
        LocalStream stream = streams.resolve(request.streamName(), request.streamARN());
        LocalShard shard = stream.shardFor(HashKeySpace.hashKeyOf(request.partitionKey(), request.explicitHashKey()));
        if (putThrottle.throttlesNext()) {
            throw KinesisErrors.rateExceeded(shard.shardId(), stream.name(), streams.accountId());
        }
        StoredRecord stored = stream.append(shard, request.partitionKey(), request.data(), clock);
        recordListeners.recordsAppended(stream.name());
        return PutRecordResponse.builder()
                .shardId(shard.shardId())
                .sequenceNumber(stored.sequenceNumber().toString())
                .encryptionType(EncryptionType.NONE)
                .build();
    }

    /**
     * Stores up to 500 records. A request that breaks a limit is refused whole; otherwise each entry
     * succeeds or fails on its own (only when puts are throttled), and the response has one result
     * per entry, in request order.
     */
    @Override
    public PutRecordsResponse putRecords(PutRecordsRequest request) {
        RecordLimits.checkPutRecords(request);
        LocalStream stream = streams.resolve(request.streamName(), request.streamARN());
        List<PutRecordsResultEntry> results = new ArrayList<>(request.records().size());
        int failedRecordCount = 0;
        for (PutRecordsRequestEntry entry : request.records()) {
            LocalShard shard = stream.shardFor(HashKeySpace.hashKeyOf(entry.partitionKey(), entry.explicitHashKey()));
            if (putThrottle.throttlesNext()) {
                failedRecordCount++;
                results.add(PutRecordsResultEntry.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .errorMessage(KinesisErrors.rateExceededMessage(shard.shardId(), stream.name(), streams.accountId()))
                        .build());
            } else {
                StoredRecord stored = stream.append(shard, entry.partitionKey(), entry.data(), clock);
                results.add(PutRecordsResultEntry.builder()
                        .shardId(shard.shardId())
                        .sequenceNumber(stored.sequenceNumber().toString())
                        .build());
            }
        }
        if (failedRecordCount < results.size()) {
            recordListeners.recordsAppended(stream.name());
        }
        return PutRecordsResponse.builder()
                .failedRecordCount(failedRecordCount)
                .records(results)
                .encryptionType(EncryptionType.NONE)
                .build();
    }

    /** Hands out an iterator for a position in a shard; it expires after five minutes. */
    @Override
    public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
        String shardId = ModelConstraints.required("shardId", request.shardId());
        ModelConstraints.lengthInRange("shardId", shardId, 1, MAX_SHARD_ID_LENGTH);
        ShardIteratorType type = ModelConstraints.required("shardIteratorType", request.shardIteratorType());
        if (type == ShardIteratorType.UNKNOWN_TO_SDK_VERSION) {
            throw KinesisErrors.constraintViolated("shardIteratorType", request.shardIteratorTypeAsString(),
                    "Member must satisfy enum value set: " + ShardIteratorType.knownValues());
        }
        LocalStream stream = streams.resolve(request.streamName(), request.streamARN());
        LocalShard shard = stream.shard(shardId)
                .orElseThrow(() -> KinesisErrors.shardNotFound(shardId, stream.name(), streams.accountId()));
        int position = startingPosition(stream, shard, type, request);
        ShardIterator iterator = new ShardIterator(stream.name(), stream.generation(), shard.index(), position,
                clock.instant());
        return GetShardIteratorResponse.builder().shardIterator(iterator.encode()).build();
    }

    /**
     * Reads records from an iterator's position: at most {@code Limit} records (10,000 when left
     * out) and at most 10 MiB. Always returns a {@code NextShardIterator} (no shard is ever closed)
     * and {@code MillisBehindLatest}: zero once the reader has caught up.
     */
    @Override
    public GetRecordsResponse getRecords(GetRecordsRequest request) {
        String text = ModelConstraints.required("shardIterator", request.shardIterator());
        ModelConstraints.lengthInRange("shardIterator", text, 1, MAX_SHARD_ITERATOR_LENGTH);
        int limit = RecordLimits.getRecordsLimit(request.limit());
        ShardIterator iterator = ShardIterator.decode(text).orElseThrow(KinesisErrors::invalidShardIterator);
        Instant now = clock.instant();
        if (iterator.expiredAt(now)) {
            throw KinesisErrors.expiredIterator(iterator.issuedAt(), now, ShardIterator.LIFETIME.toMillis());
        }
        LocalStream stream = streams.find(iterator.streamName(), iterator.streamGeneration())
                .orElseThrow(() -> KinesisErrors.shardNotFound(ShardIds.of(iterator.shardIndex()),
                        iterator.streamName(), streams.accountId()));
        LocalShard shard = stream.shard(iterator.shardIndex()).orElseThrow(KinesisErrors::invalidShardIterator);
        if (iterator.position() < 0 || iterator.position() > shard.size()) {
            throw KinesisErrors.invalidShardIterator();
        }
        ShardSlice slice = shard.read(iterator.position(), limit, RecordLimits.MAX_GET_RECORDS_BYTES);
        return GetRecordsResponse.builder()
                .records(slice.records().stream().map(StoredRecord::toSdk).toList())
                .nextShardIterator(iterator.next(slice.nextPosition(), now).encode())
                .millisBehindLatest(slice.millisBehindLatest(now))
                .build();
    }

    // ---------------------------------------------------------------- hooks for the local cloud

    /**
     * Registers {@code listener} to be told the stream's name each time records were stored in it
     * (once per successful PutRecord, once per PutRecords that stored at least one entry). It runs
     * on the producer's thread, after the records are readable and with no lock held, so it may
     * call this client; it should return quickly (hand the work to the poller's own thread).
     * A listener that throws is logged and does not fail the put.
     */
    public void addRecordListener(Consumer<String> listener) {
        recordListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops telling {@code listener} (the same object that was added). */
    public void removeRecordListener(Consumer<String> listener) {
        recordListeners.remove(listener);
    }

    /**
     * Fault injection: from now on a {@code share} of put entries fail as if their shard were over
     * its write throughput, and are not stored. A PutRecords entry then gets ErrorCode
     * {@code ProvisionedThroughputExceededException} and AWS's message; a PutRecord throws
     * {@code ProvisionedThroughputExceededException}. {@code throttlePuts(0, null)} turns it off.
     *
     * @param share  from 0 (none, the default) to 1 (every entry)
     * @param random picks the entries that fail; pass a seeded one for repeatable tests
     */
    public void throttlePuts(double share, RandomGenerator random) {
        putThrottle.throttle(share, random);
    }

    /**
     * For an admin view: per shard of the stream, in shard order, the newest sequence number and the
     * number of records.
     *
     * @throws software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException for an unknown stream
     */
    public List<ShardPosition> positions(String streamName) {
        return streams.find(streamName).shards().stream().map(LocalShard::position).toList();
    }

    // ---------------------------------------------------------------- SdkClient

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public KinesisServiceClientConfiguration serviceClientConfiguration() {
        return KinesisServiceClientConfiguration.builder().region(Region.of(streams.region())).build();
    }

    /**
     * Does nothing. Closing an SDK client leaves the streams on AWS, and the local cloud hands this
     * one instance to every handler: one handler closing its client must not end the others'.
     */
    @Override
    public void close() {
    }

    // ---------------------------------------------------------------- helpers

    private static StreamMode streamModeOf(StreamModeDetails details) {
        if (details == null) {
            return StreamMode.PROVISIONED;
        }
        StreamMode mode = ModelConstraints.required("streamModeDetails.streamMode", details.streamMode());
        if (mode == StreamMode.UNKNOWN_TO_SDK_VERSION) {
            throw KinesisErrors.constraintViolated("streamModeDetails.streamMode", details.streamModeAsString(),
                    "Member must satisfy enum value set: " + StreamMode.knownValues());
        }
        return mode;
    }

    private int startingPosition(LocalStream stream, LocalShard shard, ShardIteratorType type,
                                 GetShardIteratorRequest request) {
        String startingSequenceNumber = request.startingSequenceNumber();
        switch (type) {
            case TRIM_HORIZON, LATEST -> {
                if (startingSequenceNumber != null) {
                    throw KinesisErrors.invalidArgument(mismatchedIteratorArguments(type, "also a StartingSequenceNumber"));
                }
                return type == ShardIteratorType.TRIM_HORIZON ? 0 : shard.size();
            }
            case AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER -> {
                if (startingSequenceNumber == null) {
                    throw KinesisErrors.invalidArgument(mismatchedIteratorArguments(type, "no StartingSequenceNumber"));
                }
                SequenceNumber sequenceNumber = SequenceNumber.parse(startingSequenceNumber)
                        .orElseThrow(() -> KinesisErrors.invalidArgument("StartingSequenceNumber " + startingSequenceNumber
                                + " used in GetShardIterator on shard " + shard.shardId() + " in stream " + stream.name()
                                + " under account " + streams.accountId() + " is invalid."));
                if (sequenceNumber.shardIndex() != shard.index()) {
                    throw KinesisErrors.invalidArgument("Invalid StartingSequenceNumber. It encodes "
                            + ShardIds.of(sequenceNumber.shardIndex()) + ", while it was used in a call to a shard with "
                            + shard.shardId());
                }
                return type == ShardIteratorType.AT_SEQUENCE_NUMBER
                        ? shard.positionAt(sequenceNumber)
                        : shard.positionAfter(sequenceNumber);
            }
            case AT_TIMESTAMP -> {
                if (request.timestamp() == null) {
                    throw KinesisErrors.invalidArgument("Must specify timestampInMillis parameter for iterator of type "
                            + "AT_TIMESTAMP. Current request has no timestamp parameter.");
                }
                return shard.positionAt(request.timestamp());
            }
            default -> throw new IllegalStateException("unexpected iterator type " + type);
        }
    }

    private static String mismatchedIteratorArguments(ShardIteratorType type, String whatWasGiven) {
        return "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or "
                + "(2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified " + type + " and "
                + whatWasGiven + ".";
    }

    /** The index of the first shard listed after {@code shardId}; 0 when no shard id is given. */
    private static int firstShardAfter(LocalStream stream, String shardId) {
        if (shardId == null) {
            return 0;
        }
        // Shard ids have a fixed width, so they sort as their indexes do.
        return (int) stream.shards().stream().filter(shard -> shard.shardId().compareTo(shardId) <= 0).count();
    }

    private static int firstShardMatching(LocalStream stream, ShardFilter filter) {
        if (filter == null) {
            return 0;
        }
        ShardFilterType type = ModelConstraints.required("shardFilter.type", filter.type());
        switch (type) {
            case AFTER_SHARD_ID -> {
                if (filter.shardId() == null) {
                    throw KinesisErrors.invalidArgument(
                            "ShardId must be specified with a ShardFilter of type AFTER_SHARD_ID.");
                }
                return firstShardAfter(stream, filter.shardId());
            }
            case AT_TIMESTAMP, FROM_TIMESTAMP -> {
                if (filter.timestamp() == null) {
                    throw KinesisErrors.invalidArgument(
                            "Timestamp must be specified with a ShardFilter of type " + type + ".");
                }
                return 0;
            }
            case AT_TRIM_HORIZON, FROM_TRIM_HORIZON, AT_LATEST -> {
                return 0;
            }
            default -> throw KinesisErrors.constraintViolated("shardFilter.type", filter.typeAsString(),
                    "Member must satisfy enum value set: " + ShardFilterType.knownValues());
        }
    }

    private static <T> List<T> page(List<T> all, int from, int size) {
        int start = Math.min(from, all.size());
        return List.copyOf(all.subList(start, Math.min(all.size(), start + size)));
    }

    private StreamSummary summaryOf(LocalStream stream) {
        return StreamSummary.builder()
                .streamName(stream.name())
                .streamARN(stream.arn())
                .streamStatus(StreamStatus.ACTIVE)
                .streamModeDetails(stream.modeDetails())
                .streamCreationTimestamp(stream.createdAt())
                .build();
    }

    /** Kinesis reports one entry with an empty list when shard-level metrics are off. */
    private static EnhancedMetrics noEnhancedMonitoring() {
        return EnhancedMetrics.builder().shardLevelMetricsWithStrings(List.of()).build();
    }

    private static String encodeStreamNameToken(String lastStreamName) {
        return Base64.getEncoder().encodeToString(lastStreamName.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeStreamNameToken(String nextToken) {
        try {
            return new String(Base64.getDecoder().decode(nextToken), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw KinesisErrors.invalidArgument("Invalid NextToken.");
        }
    }
}
