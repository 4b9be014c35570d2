package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.AccessDeniedException;
import software.amazon.awssdk.services.kinesis.model.InternalFailureException;
import software.amazon.awssdk.services.kinesis.model.KmsThrottlingException;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

class MovieStreamPublisherTest {

    private static final String STREAM = "data-processing-stream-test";
    private static final long FIVE_MIB = 5L * 1024 * 1024;
    private static final int ONE_MIB = 1024 * 1024;

    private final KinesisClient kinesis = mock(KinesisClient.class);
    private final FakeTime time = new FakeTime(Instant.parse("2025-03-01T10:00:00Z"));
    private final MovieStreamPublisher publisher = new MovieStreamPublisher(kinesis, STREAM,
            MovieStreamPublisher.DEFAULT_RETRY_DEADLINE, time, time);
    /** Every PutRecords request, in the order of the calls. */
    private final List<PutRecordsRequest> sent = new ArrayList<>();

    @Test
    void atMost500RecordsGoInOneRequest() {
        kinesisAnswers(this::acceptAll);
        List<Movie> movies = movies(1201);

        PublishResult result = publisher.publish(movies);

        assertThat(sent).extracting(request -> request.records().size()).containsExactly(500, 500, 201);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.published()).isEqualTo(1201);
        assertThat(result.unpublished()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
        assertThat(sent).extracting(PutRecordsRequest::streamName).containsOnly(STREAM);
    }

    @Test
    void eachRecordIsTheMoviesJsonWithItsIdAsPartitionKeyInTheGivenOrder() {
        kinesisAnswers(this::acceptAll);
        List<Movie> movies = movies(3);

        publisher.publish(movies);

        List<PutRecordsRequestEntry> entries = sent.get(0).records();
        assertThat(entries).extracting(PutRecordsRequestEntry::partitionKey)
                .containsExactly("tt0000000", "tt0000001", "tt0000002");
        assertThat(entries).extracting(entry -> entry.data().asUtf8String())
                .containsExactly(MovieJson.toJson(movies.get(0)), MovieJson.toJson(movies.get(1)), MovieJson.toJson(movies.get(2)));
    }

    @Test
    void largeRecordsAreSpreadOverRequestsOfAtMost5MiB() {
        kinesisAnswers(this::acceptAll);
        // About 1,000,100 bytes each: five fit in 5 MiB, a sixth does not.
        List<Movie> movies = IntStream.range(0, 12).mapToObj(index -> movie(index, "x".repeat(1_000_000))).toList();

        PublishResult result = publisher.publish(movies);

        assertThat(sent).extracting(request -> request.records().size()).containsExactly(5, 5, 2);
        assertThat(sent).allSatisfy(request -> assertThat(bytes(request)).isLessThanOrEqualTo(FIVE_MIB));
        assertThat(sent).flatExtracting(PutRecordsRequest::records).extracting(PutRecordsRequestEntry::partitionKey)
                .containsExactlyElementsOf(movies.stream().map(Movie::id).toList());
        assertThat(result.published()).isEqualTo(12);
    }

    @Test
    void aRecordOverOneMiBIsNotSentAndIsReportedWhileOneOfExactlyOneMiBIsSent() {
        kinesisAnswers(this::acceptAll);
        Movie exactlyOneMiB = movieOfRecordSize(1, ONE_MIB);
        Movie oneByteMore = movieOfRecordSize(2, ONE_MIB + 1);

        PublishResult result = publisher.publish(List.of(movie(0, "small"), exactlyOneMiB, oneByteMore, movie(3, "small")));

        assertThat(sent).singleElement().satisfies(request -> assertThat(request.records())
                .extracting(PutRecordsRequestEntry::partitionKey).containsExactly("tt0000000", "tt0000001", "tt0000003"));
        assertThat(result.published()).isEqualTo(3);
        assertThat(result.unpublished()).singleElement().satisfies(unpublished -> {
            assertThat(unpublished.movie()).isEqualTo(oneByteMore);
            assertThat(unpublished.errorCode()).isEqualTo(MovieStreamPublisher.RECORD_TOO_LARGE);
            assertThat(unpublished.errorMessage()).contains((ONE_MIB + 1) + " bytes");
        });
    }

    @Test
    void refusedEntriesAndOnlyThemAreSentAgainInTheirOrderUntilTheyAreIn() {
        List<Movie> movies = movies(5);
        kinesisAnswers(
                request -> refuse(request, Map.of(1, "ProvisionedThroughputExceededException", 3, "InternalFailure")),
                request -> refuse(request, Map.of(1, "ProvisionedThroughputExceededException")),
                this::acceptAll);

        PublishResult result = publisher.publish(movies);

        assertThat(sent).hasSize(3);
        assertThat(keys(sent.get(1))).containsExactly("tt0000001", "tt0000003");
        assertThat(keys(sent.get(2))).containsExactly("tt0000003");
        assertThat(result.published()).isEqualTo(5);
        assertThat(result.unpublished()).isEmpty();
        assertThat(result.requests()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void whatIsStillRefusedAtTheDeadlineIsReportedWithItsLastError() {
        List<Movie> movies = movies(3);
        kinesisAnswers(request -> refuse(request, indexOf(request, "tt0000001"), "ProvisionedThroughputExceededException"));

        PublishResult result = publisher.publish(movies);

        assertThat(result.published()).isEqualTo(2);
        assertThat(result.unpublished()).singleElement().satisfies(unpublished -> {
            assertThat(unpublished.movie()).isEqualTo(movies.get(1));
            assertThat(unpublished.errorCode()).isEqualTo("ProvisionedThroughputExceededException");
            assertThat(unpublished.errorMessage()).isEqualTo("Rate exceeded for shard shardId-000000000001");
        });
        // Retried until the deadline and not beyond: the last wait is cut to end exactly on it.
        assertThat(time.elapsed()).isEqualTo(MovieStreamPublisher.DEFAULT_RETRY_DEADLINE);
        assertThat(sent.subList(1, sent.size())).allSatisfy(retry -> assertThat(keys(retry)).containsExactly("tt0000001"));
        assertThat(result.requests()).isEqualTo(sent.size()).isBetween(6, 200);
    }

    static Stream<AwsServiceException> throttling() {
        return Stream.of(
                ProvisionedThroughputExceededException.builder().message("Rate exceeded for stream").build(),
                LimitExceededException.builder().message("Rate exceeded").build(),
                KmsThrottlingException.builder().message("KMS rate exceeded").build(),
                InternalFailureException.builder().message("internal failure").build());
    }

    @ParameterizedTest
    @MethodSource("throttling")
    void aRequestThrottledAsAWholeIsSentAgain(AwsServiceException throttled) {
        List<Movie> movies = movies(3);
        kinesisAnswers(request -> {
            throw throttled;
        }, this::acceptAll);

        PublishResult result = publisher.publish(movies);

        assertThat(result.published()).isEqualTo(3);
        assertThat(result.unpublished()).isEmpty();
        assertThat(sent).hasSize(2);
        assertThat(keys(sent.get(1))).containsExactly("tt0000000", "tt0000001", "tt0000002");
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aRequestAlwaysThrottledEndsWithEveryMovieReportedUnderTheServicesErrorCode() {
        kinesisAnswers(request -> {
            throw KmsThrottlingException.builder().message("slow down")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("KMSThrottlingException").build()).build();
        });

        PublishResult result = publisher.publish(movies(2));

        assertThat(result.published()).isZero();
        assertThat(result.unpublished()).extracting(UnpublishedMovie::errorCode).containsOnly("KMSThrottlingException");
        assertThat(result.unpublished()).hasSize(2);
        assertThat(time.elapsed()).isEqualTo(MovieStreamPublisher.DEFAULT_RETRY_DEADLINE);
    }

    @Test
    void aRequestRefusedForGoodStopsAtOnceAndReportsEveryMovieNotYetIn() {
        kinesisAnswers(
                request -> refuse(request, Map.of(0, "ProvisionedThroughputExceededException")),
                request -> {
                    throw AccessDeniedException.builder().message("not allowed to PutRecords").build();
                });

        PublishResult result = publisher.publish(movies(1201));

        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.published()).isEqualTo(499);
        assertThat(result.unpublished()).hasSize(1 + 701);
        assertThat(result.unpublished().get(0).movie().id()).isEqualTo("tt0000000");
        assertThat(result.unpublished().get(0).errorCode()).isEqualTo("ProvisionedThroughputExceededException");
        assertThat(result.unpublished().subList(1, 702)).extracting(UnpublishedMovie::errorCode)
                .containsOnly("AccessDeniedException");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aMissingStreamIsReportedAfterOneCall() {
        kinesisAnswers(request -> {
            throw ResourceNotFoundException.builder().message("Stream " + STREAM + " not found").build();
        });

        PublishResult result = publisher.publish(movies(1201));

        assertThat(result.requests()).isEqualTo(1);
        assertThat(result.unpublished()).hasSize(1201)
                .extracting(UnpublishedMovie::errorCode).containsOnly("ResourceNotFoundException");
    }

    @Test
    void anInterruptionWhileWaitingReportsWhatIsNotInAndKeepsTheInterrupt() {
        MovieStreamPublisher interrupted = new MovieStreamPublisher(kinesis, STREAM, Duration.ofSeconds(10), time,
                duration -> {
                    throw new InterruptedException();
                });
        kinesisAnswers(request -> refuse(request, Map.of(0, "InternalFailure")));

        PublishResult result = interrupted.publish(movies(2));

        assertThat(Thread.interrupted()).isTrue();   // also clears it for the next tests
        assertThat(result.published()).isEqualTo(1);
        assertThat(result.unpublished()).singleElement()
                .satisfies(unpublished -> assertThat(unpublished.errorCode()).isEqualTo(MovieStreamPublisher.INTERRUPTED));
    }

    @Test
    void noMoviesNoCall() {
        PublishResult result = publisher.publish(List.of());

        assertThat(result.requests()).isZero();
        verifyNoInteractions(kinesis);
    }

    @Test
    void theBackoffDoublesFromAbout100MsUpToAbout2SecondsAndIsAtLeastHalfItsCeiling() {
        long[] ceilings = {100, 200, 400, 800, 1600, 2000, 2000, 2000};
        for (int attempt = 1; attempt <= ceilings.length; attempt++) {
            for (int draw = 0; draw < 50; draw++) {
                assertThat(MovieStreamPublisher.backoff(attempt).toMillis())
                        .as("attempt " + attempt)
                        .isBetween(ceilings[attempt - 1] / 2, ceilings[attempt - 1]);
            }
        }
        assertThat(MovieStreamPublisher.backoff(1_000).toMillis()).isBetween(1000L, 2000L);
    }

    // --- Kinesis as the tests want it ---

    @SafeVarargs
    private void kinesisAnswers(Function<PutRecordsRequest, PutRecordsResponse>... answers) {
        when(kinesis.putRecords(any(PutRecordsRequest.class))).thenAnswer(call -> {
            PutRecordsRequest request = call.getArgument(0);
            sent.add(request);
            return answers[Math.min(sent.size(), answers.length) - 1].apply(request);
        });
    }

    private PutRecordsResponse acceptAll(PutRecordsRequest request) {
        return refuse(request, Map.of());
    }

    private static PutRecordsResponse refuse(PutRecordsRequest request, int index, String errorCode) {
        return index < 0 ? refuse(request, Map.of()) : refuse(request, Map.of(index, errorCode));
    }

    /** The answer of Kinesis when it took every entry except those at the given positions. */
    private static PutRecordsResponse refuse(PutRecordsRequest request, Map<Integer, String> refused) {
        List<PutRecordsResultEntry> results = new ArrayList<>();
        for (int index = 0; index < request.records().size(); index++) {
            String errorCode = refused.get(index);
            results.add(errorCode == null
                    ? PutRecordsResultEntry.builder().shardId("shardId-000000000000").sequenceNumber("4960" + index).build()
                    : PutRecordsResultEntry.builder().errorCode(errorCode)
                            .errorMessage("Rate exceeded for shard shardId-000000000001").build());
        }
        return PutRecordsResponse.builder().failedRecordCount(refused.size()).records(results).build();
    }

    private static int indexOf(PutRecordsRequest request, String partitionKey) {
        return keys(request).indexOf(partitionKey);
    }

    private static List<String> keys(PutRecordsRequest request) {
        return request.records().stream().map(PutRecordsRequestEntry::partitionKey).toList();
    }

    private static long bytes(PutRecordsRequest request) {
        return request.records().stream()
                .mapToLong(entry -> entry.data().asByteArray().length
                        + entry.partitionKey().getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }

    // --- movies ---

    private static List<Movie> movies(int count) {
        return IntStream.range(0, count).mapToObj(index -> movie(index, "Movie " + index)).toList();
    }

    private static Movie movie(int index, String title) {
        return new Movie(String.format("tt%07d", index), title, "Original", false, 1999, 90, List.of("Drama"));
    }

    /** A movie whose record (JSON and partition key) is exactly {@code size} bytes. */
    private static Movie movieOfRecordSize(int index, int size) {
        Movie empty = movie(index, "x");
        int base = MovieJson.toJson(empty).getBytes(StandardCharsets.UTF_8).length + empty.id().length() - 1;
        return movie(index, "x".repeat(size - base));
    }
}
