package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent.KinesisEventRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import workshop.testing.RecordingContexts;

/**
 * The processor on the events Lambda sends, from fixtures:
 * <ul>
 *   <li>{@code movies-mixed.json}: 8 records; 1, 3 (non-ASCII titles) and 7 (no year, no runtime)
 *       are movies; 2 is Latin-1, not UTF-8; 4 is not JSON; 5 has no id; 6 has isAdult "no";
 *       8 has startYear "19x4".</li>
 *   <li>{@code movies-thirty.json}: 30 records, movies tt1000001 to tt1000030 except record 26,
 *       cut-off JSON.</li>
 * </ul>
 */
class ProcessMoviesHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String SHARD = "shardId-000000000000";

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Nested
    class WithMockedDynamoDb {

        private static final String MOVIES = "movie-test";
        private static final String ERRORS = "movie-errors-test";

        private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
        private final ProcessMoviesHandler handler = new ProcessMoviesHandler(
                new MovieTable(dynamoDb, MOVIES, BatchWriteBackoff.withSleeper(duration -> { })),
                new ErrorTable(dynamoDb, ERRORS), CLOCK);

        @Test
        void recordsThatAreNotMoviesGoToTheErrorTableWithoutFailingTheBatch() {
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class))).thenReturn(BatchWriteItemResponse.builder().build());
            when(dynamoDb.putItem(any(PutItemRequest.class))).thenReturn(PutItemResponse.builder().build());
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-mixed.json");

            StreamsEventResponse response = handler.handleRequest(event, RecordingContexts.recording(log));

            assertThat(response.getBatchItemFailures()).isNotNull().isEmpty();
            ArgumentCaptor<BatchWriteItemRequest> batch = ArgumentCaptor.forClass(BatchWriteItemRequest.class);
            verify(dynamoDb).batchWriteItem(batch.capture());
            assertThat(batch.getValue().requestItems().get(MOVIES))
                    .extracting(write -> write.putRequest().item().get("id").s())
                    .containsExactly("tt0111161", "tt0211915", "tt9999999");

            ArgumentCaptor<PutItemRequest> puts = ArgumentCaptor.forClass(PutItemRequest.class);
            verify(dynamoDb, times(5)).putItem(puts.capture());
            assertThat(puts.getAllValues()).allSatisfy(put -> assertThat(put.tableName()).isEqualTo(ERRORS));
            assertThat(puts.getAllValues()).extracting(put -> put.item().get("id").s()).containsExactly(
                    errorId(event, 2), errorId(event, 4), errorId(event, 5), errorId(event, 6), errorId(event, 8));
            assertThat(puts.getAllValues()).extracting(put -> put.item().get("reason").s()).satisfiesExactly(
                    reason -> assertThat(reason).isEqualTo("not UTF-8: invalid byte sequence at offset 37"),
                    reason -> assertThat(reason).startsWith("not JSON"),
                    reason -> assertThat(reason).isEqualTo("id is missing"),
                    reason -> assertThat(reason).isEqualTo("isAdult is not true or false: \"no\""),
                    reason -> assertThat(reason).isEqualTo("startYear is not a number: \"19x4\""));
            PutItemRequest notUtf8 = puts.getAllValues().get(0);
            assertThat(notUtf8.item().get("partitionKey").s()).isEqualTo("tt0000002");
            assertThat(notUtf8.item().get("sequenceNumber").s()).isEqualTo(sequenceNumber(event, 2));
            assertThat(notUtf8.item().get("time").s()).isEqualTo("2025-01-01T12:00:00Z");
            assertThat(log).containsExactly("8 records: 3 movies saved, 5 not movies (in movie-errors-test)");
        }

        @Test
        void aFailedMovieWriteMidBatchReportsTheFirstRecordOfThatWrite() {
            when(dynamoDb.putItem(any(PutItemRequest.class))).thenReturn(PutItemResponse.builder().build());
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class)))
                    .thenReturn(BatchWriteItemResponse.builder().build())
                    .thenThrow(ProvisionedThroughputExceededException.builder().message("slow down").build());
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-thirty.json");

            StreamsEventResponse response = handler.handleRequest(event, RecordingContexts.recording(log));

            // Records 1 to 25 are saved, 26 is in the error table; 27 to 30 were the failed write.
            assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                    .containsExactly(sequenceNumber(event, 27));
            verify(dynamoDb, times(2)).batchWriteItem(any(BatchWriteItemRequest.class));
            verify(dynamoDb).putItem(any(PutItemRequest.class));
            assertThat(log).singleElement().asString()
                    .startsWith("30 records: 25 movies saved, 1 not movies (in movie-errors-test); stopped, Lambda retries from sequence number "
                            + sequenceNumber(event, 27))
                    .contains("slow down");
        }

        @Test
        void aFailedErrorEntryWriteReportsItsRecordWhenTheMoviesBeforeItAreSaved() {
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class))).thenReturn(BatchWriteItemResponse.builder().build());
            when(dynamoDb.putItem(any(PutItemRequest.class))).thenThrow(ProvisionedThroughputExceededException.builder().build());
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-thirty.json");

            StreamsEventResponse response = handler.handleRequest(event, RecordingContexts.recording(log));

            assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                    .containsExactly(sequenceNumber(event, 26));
            verify(dynamoDb, times(1)).batchWriteItem(any(BatchWriteItemRequest.class));
        }

        @Test
        void aFailedErrorEntryWriteReportsTheFirstMovieNotYetSavedBeforeIt() {
            when(dynamoDb.putItem(any(PutItemRequest.class))).thenThrow(ProvisionedThroughputExceededException.builder().build());
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-mixed.json");

            StreamsEventResponse response = handler.handleRequest(event, RecordingContexts.recording(log));

            assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                    .containsExactly(sequenceNumber(event, 1));
        }

        @Test
        void anEmptyEventIsACleanBatch() {
            StreamsEventResponse response = handler.handleRequest(new KinesisEvent(), RecordingContexts.recording(log));

            assertThat(response.getBatchItemFailures()).isNotNull().isEmpty();
            assertThat(log).containsExactly("0 records: 0 movies saved, 0 not movies (in movie-errors-test)");
        }
    }

    @Nested
    class OnDynamoDbLocal {

        @RegisterExtension
        static final MovieTablesExtension tables = new MovieTablesExtension();

        private ProcessMoviesHandler handler(ErrorTable errors) {
            return new ProcessMoviesHandler(tables.movieTable(), errors, CLOCK);
        }

        @Test
        void theSameBatchDeliveredTwiceLeavesTheSameTables() {
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-mixed.json");
            ProcessMoviesHandler handler = handler(tables.errorTable());

            handler.handleRequest(event, RecordingContexts.recording(log));
            List<Map<String, Object>> moviesOnce = tables.items(MovieTablesExtension.MOVIE_TABLE);
            List<Map<String, Object>> errorsOnce = tables.items(MovieTablesExtension.ERROR_TABLE);
            StreamsEventResponse again = handler.handleRequest(event, RecordingContexts.recording(log));

            assertThat(again.getBatchItemFailures()).isEmpty();
            assertThat(moviesOnce).extracting(item -> item.get("id")).containsExactly("tt0111161", "tt0211915", "tt9999999");
            assertThat(errorsOnce).hasSize(5);
            assertThat(tables.items(MovieTablesExtension.MOVIE_TABLE)).isEqualTo(moviesOnce);
            assertThat(tables.items(MovieTablesExtension.ERROR_TABLE)).isEqualTo(errorsOnce);
        }

        @Test
        void aRetryFromTheReportedRecordCompletesTheBatch() {
            KinesisEvent event = EventLoader.loadKinesisEvent("events/movies-thirty.json");
            // The first time, the error table cannot be written (here: it does not exist).
            ProcessMoviesHandler failing = handler(new ErrorTable(tables.client(), "movie-errors-missing"));

            StreamsEventResponse first = failing.handleRequest(event, RecordingContexts.recording(log));
            String retryFrom = first.getBatchItemFailures().get(0).getItemIdentifier();
            // Lambda delivers the shard again from that record; this time the write works.
            StreamsEventResponse second = handler(tables.errorTable()).handleRequest(from(event, retryFrom), RecordingContexts.recording(log));

            assertThat(retryFrom).isEqualTo(sequenceNumber(event, 26));
            assertThat(second.getBatchItemFailures()).isEmpty();
            assertThat(tables.items(MovieTablesExtension.MOVIE_TABLE)).extracting(item -> item.get("id"))
                    .containsExactlyElementsOf(SampleMovies.movies(30, null).stream().map(Movie::id)
                            .filter(id -> !id.equals(SampleMovies.id(26))).toList());
            assertThat(tables.items(MovieTablesExtension.ERROR_TABLE)).extracting(item -> item.get("id"))
                    .containsExactly(errorId(event, 26));
        }

        /** The event's records from the one with this sequence number on, as Lambda redelivers them. */
        private KinesisEvent from(KinesisEvent event, String sequenceNumber) {
            List<KinesisEventRecord> records = new ArrayList<>();
            boolean reached = false;
            for (KinesisEventRecord record : event.getRecords()) {
                reached |= record.getKinesis().getSequenceNumber().equals(sequenceNumber);
                if (reached) {
                    records.add(record);
                }
            }
            KinesisEvent redelivery = new KinesisEvent();
            redelivery.setRecords(records);
            return redelivery;
        }
    }

    /** The sequence number of record {@code n} (from 1) of the event. */
    private static String sequenceNumber(KinesisEvent event, int n) {
        return event.getRecords().get(n - 1).getKinesis().getSequenceNumber();
    }

    private static String errorId(KinesisEvent event, int n) {
        return "record#" + SHARD + "#" + sequenceNumber(event, n);
    }
}
