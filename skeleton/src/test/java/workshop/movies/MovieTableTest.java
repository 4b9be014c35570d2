package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static workshop.movies.SampleMovies.id;
import static workshop.movies.SampleMovies.movie;
import static workshop.movies.SampleMovies.movies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class MovieTableTest {

    private static final String TABLE = "movie-test";

    private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
    private final List<Duration> slept = new ArrayList<>();
    private final MovieTable table = new MovieTable(dynamoDb, TABLE, BatchWriteBackoff.withSleeper(slept::add));

    @Nested
    class ItemLayout {

        @Test
        void aMovieIsStoredWithTheStreamFieldNamesAndDynamoDbTypes() {
            Movie movie = new Movie("tt0292215", "Solaris", "Solaris", false, 2002, 99, List.of("Drama", "Romance", "Sci-Fi"));

            assertThat(MovieTable.toItem(movie)).isEqualTo(Map.of(
                    "id", AttributeValue.fromS("tt0292215"),
                    "primaryTitle", AttributeValue.fromS("Solaris"),
                    "originalTitle", AttributeValue.fromS("Solaris"),
                    "isAdult", AttributeValue.fromBool(false),
                    "startYear", AttributeValue.fromN("2002"),
                    "runtimeMinutes", AttributeValue.fromN("99"),
                    "genres", AttributeValue.fromL(List.of(
                            AttributeValue.fromS("Drama"), AttributeValue.fromS("Romance"), AttributeValue.fromS("Sci-Fi")))));
        }

        @Test
        void anUnknownYearOrRuntimeIsLeftOutSoTheMovieIsNotInTheYearIndex() {
            Movie movie = new Movie("tt9999999", "Untitled", "Untitled", true, null, null, List.of());

            Map<String, AttributeValue> item = MovieTable.toItem(movie);

            assertThat(item).doesNotContainKeys("startYear", "runtimeMinutes");
            assertThat(item.get("genres").l()).isEmpty();
            assertThat(MovieTable.fromItem(item)).isEqualTo(movie);
        }

        @Test
        void nonAsciiTitlesComeBackUnchanged() {
            Movie movie = new Movie("tt0211915", "Amélie", "Le fabuleux destin d'Amélie Poulain", false, 2001, 122,
                    List.of("Comedy", "Romance"));
            Movie japanese = new Movie("tt0245429", "Spirited Away", "千と千尋の神隠し", false, 2001, 125, List.of("Animation"));

            assertThat(MovieTable.fromItem(MovieTable.toItem(movie))).isEqualTo(movie);
            assertThat(MovieTable.fromItem(MovieTable.toItem(japanese))).isEqualTo(japanese);
        }

        @Test
        void anItemThatIsNotAMovieIsRefusedWithItsId() {
            Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("tt0000001"), "primaryTitle", AttributeValue.fromS("x"));

            assertThatThrownBy(() -> MovieTable.fromItem(item))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tt0000001");
        }
    }

    @Nested
    class SaveAll {

        @ParameterizedTest(name = "{0} movies")
        @ValueSource(ints = {0, 1, 25, 26, 60})
        void writesAtMost25MoviesPerCallAndEachMovieOnce(int count) {
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class))).thenReturn(allWritten());

            table.saveAll(movies(count, 2002));

            List<BatchWriteItemRequest> calls = batchWrites((count + 24) / 25);
            assertThat(calls).allSatisfy(call -> assertThat(writesOf(call)).hasSizeBetween(1, 25));
            assertThat(calls.stream().flatMap(call -> idsOf(writesOf(call)).stream()))
                    .containsExactlyElementsOf(movies(count, 2002).stream().map(Movie::id).toList());
            assertThat(slept).isEmpty();
        }

        @Test
        void onlyTheLastVersionOfAMovieIsWrittenSoNoBatchHoldsAKeyTwice() {
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class))).thenReturn(allWritten());
            Movie first = movie(1, 2001);
            Movie corrected = new Movie(id(1), "Movie 1 (restored)", "Movie 1", false, 2002, 95, List.of("Drama"));

            table.saveAll(List.of(first, movie(2, 2001), corrected));

            List<WriteRequest> writes = writesOf(batchWrites(1).get(0));
            assertThat(idsOf(writes)).containsExactly(id(1), id(2));
            assertThat(MovieTable.fromItem(writes.get(0).putRequest().item())).isEqualTo(corrected);
        }

        @Test
        void duplicatesFarApartStillMakeOneWriteAndFewerCalls() {
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class))).thenReturn(allWritten());
            List<Movie> withRepeat = new ArrayList<>(movies(25, 2002));
            withRepeat.add(movie(3, 2003));

            table.saveAll(withRepeat);

            List<WriteRequest> writes = writesOf(batchWrites(1).get(0));
            assertThat(writes).hasSize(25);
            assertThat(MovieTable.fromItem(writes.get(2).putRequest().item()).startYear()).isEqualTo(2003);
        }

        @Test
        void unprocessedWritesAreSentAgainAloneAfterAPauseUntilDone() {
            List<Movie> movies = movies(5, 2002);
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class)))
                    .thenReturn(unprocessed(movies.get(1), movies.get(3), movies.get(4)))
                    .thenReturn(unprocessed(movies.get(3)))
                    .thenReturn(allWritten());

            table.saveAll(movies);

            List<BatchWriteItemRequest> calls = batchWrites(3);
            assertThat(idsOf(writesOf(calls.get(0)))).hasSize(5);
            assertThat(idsOf(writesOf(calls.get(1)))).containsExactly(id(2), id(4), id(5));
            assertThat(idsOf(writesOf(calls.get(2)))).containsExactly(id(4));
            assertThat(slept).hasSize(2);
            assertThat(slept.get(0)).isLessThanOrEqualTo(Duration.ofMillis(50));
            assertThat(slept.get(1)).isLessThanOrEqualTo(Duration.ofMillis(100));
        }

        @Test
        void givesUpAfterTheLastAttemptNamingTheMoviesNotSaved() {
            List<Movie> movies = movies(30, 2002);
            when(dynamoDb.batchWriteItem(any(BatchWriteItemRequest.class)))
                    .thenReturn(unprocessed(movies.get(7), movies.get(8)));

            assertThatThrownBy(() -> table.saveAll(movies))
                    .isInstanceOfSatisfying(MoviesNotSavedException.class, notSaved -> {
                        // The two left unprocessed, then the five of the next batch, never sent.
                        assertThat(notSaved.notSavedIds()).containsExactly(
                                id(8), id(9), id(26), id(27), id(28), id(29), id(30));
                        assertThat(notSaved).hasMessageStartingWith(
                                "7 movies not saved (2 still unprocessed after 6 attempts, 5 more not sent): tt1000008, tt1000009");
                    });
            verify(dynamoDb, times(BatchWriteBackoff.MAX_ATTEMPTS)).batchWriteItem(any(BatchWriteItemRequest.class));
            assertThat(slept).hasSize(BatchWriteBackoff.MAX_ATTEMPTS - 1);
        }

        private List<BatchWriteItemRequest> batchWrites(int expectedCalls) {
            ArgumentCaptor<BatchWriteItemRequest> requests = ArgumentCaptor.forClass(BatchWriteItemRequest.class);
            verify(dynamoDb, times(expectedCalls)).batchWriteItem(requests.capture());
            return requests.getAllValues();
        }

        private List<WriteRequest> writesOf(BatchWriteItemRequest request) {
            assertThat(request.requestItems()).containsOnlyKeys(TABLE);
            return request.requestItems().get(TABLE);
        }

        private List<String> idsOf(List<WriteRequest> writes) {
            return writes.stream().map(write -> write.putRequest().item().get("id").s()).toList();
        }

        private BatchWriteItemResponse allWritten() {
            return BatchWriteItemResponse.builder().build();
        }

        private BatchWriteItemResponse unprocessed(Movie... movies) {
            List<WriteRequest> writes = java.util.Arrays.stream(movies)
                    .map(movie -> WriteRequest.builder().putRequest(put -> put.item(MovieTable.toItem(movie))).build())
                    .toList();
            return BatchWriteItemResponse.builder().unprocessedItems(Map.of(TABLE, writes)).build();
        }
    }

    @Nested
    class Reading {

        @Test
        void findsAMovieByItsId() {
            Movie movie = movie(1, 1994);
            when(dynamoDb.getItem(any(GetItemRequest.class)))
                    .thenReturn(GetItemResponse.builder().item(MovieTable.toItem(movie)).build());

            assertThat(table.find(id(1))).contains(movie);

            ArgumentCaptor<GetItemRequest> request = ArgumentCaptor.forClass(GetItemRequest.class);
            verify(dynamoDb).getItem(request.capture());
            assertThat(request.getValue().tableName()).isEqualTo(TABLE);
            assertThat(request.getValue().key()).isEqualTo(Map.of("id", AttributeValue.fromS(id(1))));
        }

        @Test
        void findsNothingWhenTheTableHasNoSuchItem() {
            when(dynamoDb.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder().build());

            assertThat(table.find(id(1))).isEqualTo(Optional.empty());
        }

        @Test
        void aYearIsOneQueryOnTheIndexWithTheLimitAndTheStartKey() {
            Map<String, AttributeValue> startKey = Map.of("id", AttributeValue.fromS(id(2)), "startYear", AttributeValue.fromN("1994"));
            Map<String, AttributeValue> lastKey = Map.of("id", AttributeValue.fromS(id(4)), "startYear", AttributeValue.fromN("1994"));
            when(dynamoDb.query(any(QueryRequest.class))).thenReturn(QueryResponse.builder()
                    .items(MovieTable.toItem(movie(3, 1994)), MovieTable.toItem(movie(4, 1994)))
                    .lastEvaluatedKey(lastKey)
                    .build());

            TablePage<Movie> page = table.byYear(1994, 2, startKey);

            assertThat(page.items()).containsExactly(movie(3, 1994), movie(4, 1994));
            assertThat(page.lastEvaluatedKey()).isEqualTo(lastKey);
            ArgumentCaptor<QueryRequest> request = ArgumentCaptor.forClass(QueryRequest.class);
            verify(dynamoDb).query(request.capture());
            assertThat(request.getValue().tableName()).isEqualTo(TABLE);
            assertThat(request.getValue().indexName()).isEqualTo("byStartYear");
            assertThat(request.getValue().keyConditionExpression()).isEqualTo("#year = :year");
            assertThat(request.getValue().expressionAttributeNames()).isEqualTo(Map.of("#year", "startYear"));
            assertThat(request.getValue().expressionAttributeValues()).isEqualTo(Map.of(":year", AttributeValue.fromN("1994")));
            assertThat(request.getValue().limit()).isEqualTo(2);
            assertThat(request.getValue().exclusiveStartKey()).isEqualTo(startKey);
        }

        @Test
        void theFirstPageHasNoStartKeyAndTheLastNoLastKey() {
            when(dynamoDb.query(any(QueryRequest.class))).thenReturn(QueryResponse.builder().items(List.of()).build());

            TablePage<Movie> page = table.byYear(1994, 25, Map.of());

            assertThat(page.isLast()).isTrue();
            ArgumentCaptor<QueryRequest> request = ArgumentCaptor.forClass(QueryRequest.class);
            verify(dynamoDb).query(request.capture());
            assertThat(request.getValue().hasExclusiveStartKey()).isFalse();
            verify(dynamoDb, never()).scan(any(software.amazon.awssdk.services.dynamodb.model.ScanRequest.class));
        }

        @Test
        void aStartKeyOfTheYearIndexHasExactlyTheIdAndThatYear() {
            AttributeValue id = AttributeValue.fromS("tt0292215");

            assertThat(MovieTable.isYearIndexKey(Map.of("id", id, "startYear", AttributeValue.fromN("2002")), 2002)).isTrue();
            assertThat(MovieTable.isYearIndexKey(Map.of("id", id, "startYear", AttributeValue.fromN("2003")), 2002)).isFalse();
            assertThat(MovieTable.isYearIndexKey(Map.of("id", id, "startYear", AttributeValue.fromS("2002")), 2002)).isFalse();
            assertThat(MovieTable.isYearIndexKey(Map.of("id", id), 2002)).isFalse();
            assertThat(MovieTable.isYearIndexKey(Map.of("id", AttributeValue.fromS("page#x"), "startYear", AttributeValue.fromN("2002")), 2002)).isFalse();
            assertThat(MovieTable.isYearIndexKey(Map.of("id", id, "startYear", AttributeValue.fromN("2002"),
                    "genres", AttributeValue.fromS("Drama")), 2002)).isFalse();
        }
    }
}
