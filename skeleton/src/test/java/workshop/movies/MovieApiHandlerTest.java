package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static workshop.movies.SampleMovies.id;
import static workshop.movies.SampleMovies.movie;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import workshop.testing.RecordingContexts;

class MovieApiHandlerTest {

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Nested
    class WithMockedDynamoDb {

        private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
        private final MovieApiHandler handler = new MovieApiHandler(
                new MovieTable(dynamoDb, "movie-test"), new ErrorTable(dynamoDb, "movie-errors-test"));

        @Test
        void aMovieIsItsStreamJson() {
            Movie amelie = new Movie("tt0211915", "Amélie", "Le fabuleux destin d'Amélie Poulain", false, 2001, 122,
                    List.of("Comedy", "Romance"));
            when(dynamoDb.getItem(any(GetItemRequest.class)))
                    .thenReturn(GetItemResponse.builder().item(MovieTable.toItem(amelie)).build());

            APIGatewayV2HTTPResponse response = handler.handleRequest(
                    EventLoader.loadApiGatewayHttpEvent("events/api-get-movie.json"), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
            assertThat(JsonParser.parseString(response.getBody())).isEqualTo(JsonParser.parseString(MovieJson.toJson(amelie)));
            assertThat(MovieJson.fromJson(response.getBody())).isEqualTo(amelie);
        }

        @Test
        void aMovieNotInTheTableIsNotFound() {
            when(dynamoDb.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder().build());

            APIGatewayV2HTTPResponse response = handler.handleRequest(movieRequest("tt0000001"), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(message(response)).isEqualTo("no movie tt0000001");
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"abc", "tt123456", "TT0292215", "tt0292215 ", "0292215", "tt029221x"})
        void anIdThatIsNotATitleIdIsABadRequest(String id) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(movieRequest(id), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(message(response)).contains("is not a title id");
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void anIdLongerThanAnyKeyIsNotFoundWithoutAsking() {
            APIGatewayV2HTTPResponse response = handler.handleRequest(movieRequest("tt" + "1".repeat(3000)), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(404);
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void aYearIsOneQueryWithTheDefaultLimit() {
            when(dynamoDb.query(any(QueryRequest.class))).thenReturn(QueryResponse.builder()
                    .items(MovieTable.toItem(movie(1, 1994)), MovieTable.toItem(movie(2, 1994))).build());

            APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /movies", Map.of("year", "1994")), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
            JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
            assertThat(body.keySet()).containsExactly("movies");
            assertThat(body.getAsJsonArray("movies")).extracting(movie -> MovieJson.fromJson(movie.toString()))
                    .containsExactly(movie(1, 1994), movie(2, 1994));
            ArgumentCaptor<QueryRequest> query = ArgumentCaptor.forClass(QueryRequest.class);
            verify(dynamoDb).query(query.capture());
            assertThat(query.getValue().limit()).isEqualTo(25);
            assertThat(query.getValue().indexName()).isEqualTo("byStartYear");
        }

        @Test
        void aPageThatIsNotTheLastHasANextTokenAndTheLimitAsked() {
            Map<String, AttributeValue> lastKey = Map.of("id", AttributeValue.fromS(id(1)), "startYear", AttributeValue.fromN("1994"));
            when(dynamoDb.query(any(QueryRequest.class))).thenReturn(QueryResponse.builder()
                    .items(MovieTable.toItem(movie(1, 1994))).lastEvaluatedKey(lastKey).build());

            APIGatewayV2HTTPResponse response = handler.handleRequest(
                    get("GET /movies", Map.of("year", "1994", "limit", "100")), RecordingContexts.recording(log));

            JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
            assertThat(PaginationToken.decode(body.get("next").getAsString())).contains(lastKey);
            ArgumentCaptor<QueryRequest> query = ArgumentCaptor.forClass(QueryRequest.class);
            verify(dynamoDb).query(query.capture());
            assertThat(query.getValue().limit()).isEqualTo(100);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
                "year=                | year is required",
                "year=19x4            | year must be a year from 1800 to 2200, got '19x4'",
                "year=1799            | year must be a year from 1800 to 2200, got '1799'",
                "year=2201            | year must be a year from 1800 to 2200, got '2201'",
                "year=-1994           | year must be a year from 1800 to 2200",
                "year=1994,1995       | year must be a year from 1800 to 2200",
                "year=1994&limit=0    | limit must be a whole number from 1 to 100, got '0'",
                "year=1994&limit=101  | limit must be a whole number from 1 to 100, got '101'",
                "year=1994&limit=ten  | limit must be a whole number from 1 to 100, got 'ten'",
                "year=1994&limit=2.5  | limit must be a whole number from 1 to 100",
                "year=1994&next=xyz!  | invalid next token",
                "year=1994&next=      | invalid next token"})
        void aMoviesQueryThatCannotBeAnsweredIsABadRequestWithTheReason(String query, String reason) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /movies", parse(query)), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
            assertThat(message(response)).startsWith(reason);
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void aTokenOfAnotherYearOrOfTheErrorsIsInvalidForAYear() {
            String token1995 = PaginationToken.encode(Map.of("id", AttributeValue.fromS(id(1)), "startYear", AttributeValue.fromN("1995"))).orElseThrow();
            String errorsToken = PaginationToken.encode(Map.of("id", AttributeValue.fromS("page#https://example.org"))).orElseThrow();

            for (String token : List.of(token1995, errorsToken)) {
                APIGatewayV2HTTPResponse response = handler.handleRequest(
                        get("GET /movies", Map.of("year", "1994", "next", token)), RecordingContexts.recording(log));

                assertThat(response.getStatusCode()).isEqualTo(400);
                assertThat(message(response)).isEqualTo("invalid next token");
            }
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void aTokenOfAYearIsInvalidForTheErrors() {
            String yearToken = PaginationToken.encode(Map.of("id", AttributeValue.fromS(id(1)), "startYear", AttributeValue.fromN("1994"))).orElseThrow();

            APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /errors", Map.of("next", yearToken)), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(message(response)).isEqualTo("invalid next token");
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void theErrorsLimitIsCheckedToo() {
            APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /errors", Map.of("limit", "1000")), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(400);
            verifyNoInteractions(dynamoDb);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"GET /", "POST /movies", "DELETE /movies/{id}", "GET /movies/{id}/cast", "$default"})
        void anUnknownRouteIsNotFound(String routeKey) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(get(routeKey, Map.of()), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
            assertThat(message(response)).isEqualTo("Not Found");
            verifyNoInteractions(dynamoDb);
        }

        @Test
        void anEventWithoutRouteIsNotFound() {
            APIGatewayV2HTTPResponse response = handler.handleRequest(new APIGatewayV2HTTPEvent(), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(404);
        }

        private Map<String, String> parse(String query) {
            Map<String, String> parameters = new HashMap<>();
            for (String parameter : query.split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                // year= stands for "no year": API Gateway leaves out a parameter that is not there.
                if (!(nameAndValue[0].equals("year") && nameAndValue[1].isEmpty())) {
                    parameters.put(nameAndValue[0], nameAndValue[1]);
                }
            }
            return parameters;
        }
    }

    @Nested
    class OnDynamoDbLocal {

        @RegisterExtension
        static final MovieTablesExtension tables = new MovieTablesExtension();

        private final MovieApiHandler handler = new MovieApiHandler(tables.movieTable(), tables.errorTable());

        @Test
        void followingNextGivesEveryMovieOfTheYearOnceAndOnlyThem() {
            List<Movie> all = new ArrayList<>(SampleMovies.movies(57, 1994));
            all.add(movie(200, 1995));
            all.add(movie(201, 1993));
            all.add(movie(202, null));
            tables.movieTable().saveAll(all);

            List<String> ids = new ArrayList<>();
            int pages = 0;
            String next = null;
            do {
                Map<String, String> query = new HashMap<>(Map.of("year", "1994", "limit", "10"));
                if (next != null) {
                    query.put("next", next);
                }
                APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /movies", query), RecordingContexts.recording(log));
                assertThat(response.getStatusCode()).isEqualTo(200);
                JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
                body.getAsJsonArray("movies").forEach(movie -> ids.add(movie.getAsJsonObject().get("id").getAsString()));
                next = body.has("next") ? body.get("next").getAsString() : null;
                pages++;
            } while (next != null);

            assertThat(ids).containsExactlyElementsOf(SampleMovies.movies(57, 1994).stream().map(Movie::id).toList());
            assertThat(pages).isEqualTo(6);
            assertThat(tables.callCounts()).containsEntry("Query", 6L).doesNotContainKey("Scan");
        }

        @Test
        void aYearWithoutMoviesIsAnEmptyLastPage() {
            tables.movieTable().saveAll(List.of(movie(1, 1994)));

            APIGatewayV2HTTPResponse response = handler.handleRequest(get("GET /movies", Map.of("year", "2020")), RecordingContexts.recording(log));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(JsonParser.parseString(response.getBody())).isEqualTo(JsonParser.parseString("{\"movies\":[]}"));
        }

        @Test
        void aMovieIsFoundByItsIdAndAnotherIsNot() {
            tables.movieTable().saveAll(List.of(movie(1, 1994)));

            assertThat(handler.handleRequest(movieRequest(id(1)), RecordingContexts.recording(log)).getStatusCode()).isEqualTo(200);
            assertThat(handler.handleRequest(movieRequest(id(2)), RecordingContexts.recording(log)).getStatusCode()).isEqualTo(404);
        }

        @Test
        void followingNextGivesEveryErrorEntryOnce() {
            Instant time = Instant.parse("2025-01-01T12:00:00Z");
            List<String> written = new ArrayList<>();
            for (int n = 1; n <= 23; n++) {
                ErrorEntry entry = ErrorEntry.forRecord("shardId-000000000000", Integer.toString(4960 + n), "tt" + n,
                        ("bad " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8), "not JSON", time);
                tables.errorTable().record(entry);
                written.add(entry.id());
            }

            List<JsonObject> entries = new ArrayList<>();
            String next = null;
            do {
                Map<String, String> query = new HashMap<>(Map.of("limit", "5"));
                if (next != null) {
                    query.put("next", next);
                }
                JsonObject body = JsonParser.parseString(
                        handler.handleRequest(get("GET /errors", query), RecordingContexts.recording(log)).getBody()).getAsJsonObject();
                body.getAsJsonArray("errors").forEach(entry -> entries.add(entry.getAsJsonObject()));
                next = body.has("next") ? body.get("next").getAsString() : null;
            } while (next != null);

            assertThat(entries).extracting(entry -> entry.get("id").getAsString()).containsExactlyInAnyOrderElementsOf(written);
            JsonObject first = entries.get(0);
            assertThat(first.get("kind").getAsString()).isEqualTo("record");
            assertThat(first.get("reason").getAsString()).isEqualTo("not JSON");
            assertThat(first.get("time").getAsString()).isEqualTo("2025-01-01T12:00:00Z");
            assertThat(first.getAsJsonObject("details").keySet())
                    .containsExactly("partitionKey", "payload", "payloadBytes", "sequenceNumber", "shardId");
        }
    }

    private static APIGatewayV2HTTPEvent movieRequest(String id) {
        APIGatewayV2HTTPEvent event = get("GET /movies/{id}", Map.of());
        event.setPathParameters(Map.of("id", id));
        return event;
    }

    /** An event as API Gateway sends it for a route: no query map at all when there is no query. */
    private static APIGatewayV2HTTPEvent get(String routeKey, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(routeKey);
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        return event;
    }

    private static String message(APIGatewayV2HTTPResponse response) {
        JsonElement body = JsonParser.parseString(response.getBody());
        return body.getAsJsonObject().get("message").getAsString();
    }
}
