package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import workshop.support.AwsClientSource;
import workshop.support.AwsClients;
import workshop.support.Env;
import workshop.support.MissingEnvironmentVariableException;

class ScrapeMoviesHandlerTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String START = "http://movies.example/list";
    private static final String ERROR_TABLE = "movie-errors-test";

    private final MovieScraper scraper = mock(MovieScraper.class);
    private final MovieStreamPublisher publisher = mock(MovieStreamPublisher.class);
    private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
    private final List<String> log = new ArrayList<>();
    private final APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/scrap-movies-get.json");

    @AfterEach
    void backToRealClients() {
        AwsClients.reset();
    }

    @Test
    void scrapesPublishesRecordsEveryErrorAndAnswersWithTheCounts() {
        Movie first = movie("tt0000001");
        Movie second = movie("tt0000002");
        Movie throttled = movie("tt0000003");
        ErrorEntry badRow = ErrorEntry.forRow(START, 4, "startYear is not a number: '19x4'", "tt0000004 19x4", NOW);
        when(scraper.scrape(START)).thenReturn(
                new ScrapeResult(START, 2, List.of(first, second, throttled), List.of(badRow), "last page"));
        when(publisher.publish(List.of(first, second, throttled))).thenReturn(new PublishResult(2,
                List.of(new UnpublishedMovie(throttled, "ProvisionedThroughputExceededException", "Rate exceeded")), 3));

        APIGatewayV2HTTPResponse response = handler().handleRequest(event, mock(Context.class));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
        JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
        assertThat(body.get("url").getAsString()).isEqualTo(START);
        assertThat(body.get("pages").getAsInt()).isEqualTo(2);
        assertThat(body.get("moviesRead").getAsInt()).isEqualTo(3);
        assertThat(body.get("put").getAsInt()).isEqualTo(2);
        assertThat(body.get("failed").getAsInt()).isEqualTo(1);
        assertThat(body.get("errors").getAsInt()).isEqualTo(2);
        assertThat(body.get("errorTable").getAsString()).isEqualTo(ERROR_TABLE);
        assertThat(body.get("stoppedBecause").getAsString()).isEqualTo("last page");
        assertThat(body.get("putRecordsCalls").getAsInt()).isEqualTo(3);

        List<Map<String, AttributeValue>> items = errorItems(2);
        assertThat(items.get(0).get("id").s()).isEqualTo("row#" + START + "#4");
        assertThat(items.get(1).get("id").s()).isEqualTo("publish#tt0000003");
        assertThat(items.get(1).get("kind").s()).isEqualTo(ErrorEntry.PUBLISH);
        assertThat(items.get(1).get("errorCode").s()).isEqualTo("ProvisionedThroughputExceededException");
        assertThat(items.get(1).get("reason").s())
                .isEqualTo("not put on the stream: ProvisionedThroughputExceededException (Rate exceeded)");
        assertThat(MovieJson.fromJson(items.get(1).get("payload").s())).isEqualTo(throttled);
        assertThat(items.get(1).get("time").s()).isEqualTo(NOW.toString());

        assertThat(log).singleElement().asString().startsWith("scraped " + START + ": 2 pages, 3 movies read, 2 put")
                .contains("2 errors recorded in " + ERROR_TABLE);
    }

    @Test
    void whenTheFirstPageCannotBeReadItAnswers502AndRecordsThePageError() {
        ErrorEntry pageError = ErrorEntry.forPage(START, "HTTP 404 Not Found", "Not Found", NOW);
        when(scraper.scrape(START)).thenReturn(new ScrapeResult(START, 0, List.of(), List.of(pageError),
                "page " + START + " could not be fetched"));

        APIGatewayV2HTTPResponse response = handler().handleRequest(event, mock(Context.class));

        assertThat(response.getStatusCode()).isEqualTo(502);
        JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
        assertThat(body.get("error").getAsString()).isEqualTo("could not read the first page: HTTP 404 Not Found");
        assertThat(body.get("url").getAsString()).isEqualTo(START);
        assertThat(body.get("errors").getAsInt()).isEqualTo(1);
        assertThat(errorItems(1).get(0).get("id").s()).isEqualTo("page#" + START);
        verifyNoInteractions(publisher);
        assertThat(log).singleElement().asString().contains("HTTP 404 Not Found");
    }

    @Test
    void aRunWithNothingToReportWritesNoError() {
        Movie only = movie("tt0000001");
        when(scraper.scrape(START)).thenReturn(new ScrapeResult(START, 1, List.of(only), List.of(), "last page"));
        when(publisher.publish(List.of(only))).thenReturn(new PublishResult(1, List.of(), 1));

        APIGatewayV2HTTPResponse response = handler().handleRequest(event, mock(Context.class));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(response.getBody()).getAsJsonObject().get("errors").getAsInt()).isZero();
        verifyNoInteractions(dynamoDb);
    }

    @Test
    void fromALoopbackSiteToTheStreamWithTheRealScraperAndPublisher() {
        try (FixtureSite site = FixtureSite.start()) {
            site.page("/movies", ListingHtml.page("/movies?page=2", ListingHtml.row("tt0000001"), ListingHtml.row("tt0000002", "19x4")))
                    .page("/movies?page=2", ListingHtml.page(null, ListingHtml.row("tt0000003"), ListingHtml.row("tt0000004")));
            KinesisClient kinesis = mock(KinesisClient.class);
            when(kinesis.putRecords(any(PutRecordsRequest.class))).thenAnswer(call -> accepted(call.getArgument(0)));
            FakeTime time = new FakeTime(NOW);
            ScrapeMoviesHandler handler = new ScrapeMoviesHandler(site.url("/movies"),
                    new MovieScraper(new PageFetcher(), new MovieListingParser(), 50, time, log::add),
                    new MovieStreamPublisher(kinesis, "stream", Duration.ofSeconds(10), time, time),
                    new ErrorTable(dynamoDb, ERROR_TABLE), time, log::add);

            APIGatewayV2HTTPResponse response = handler.handleRequest(event, mock(Context.class));

            JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(body.get("pages").getAsInt()).isEqualTo(2);
            assertThat(body.get("moviesRead").getAsInt()).isEqualTo(3);
            assertThat(body.get("put").getAsInt()).isEqualTo(3);
            assertThat(body.get("errors").getAsInt()).isEqualTo(1);
            ArgumentCaptor<PutRecordsRequest> sent = ArgumentCaptor.forClass(PutRecordsRequest.class);
            verify(kinesis).putRecords(sent.capture());
            assertThat(sent.getValue().records()).extracting(PutRecordsRequestEntry::partitionKey)
                    .containsExactly("tt0000001", "tt0000003", "tt0000004");
            assertThat(errorItems(1).get(0).get("id").s()).isEqualTo("row#" + site.url("/movies") + "#2");
            assertThat(log).hasSize(3);   // two pages and the summary
        }
    }

    @Test
    void theLambdaConstructorReadsItsConfigurationFromTheEnvironment() {
        AwsClients.install(new MockClients());

        ScrapeMoviesHandler handler = Env.runWith(Map.of("SCRAP_URL", START, "STREAM_NAME", "stream",
                "ERROR_TABLE", ERROR_TABLE, "MAX_PAGES", "3"), ScrapeMoviesHandler::new);

        assertThat(handler).isNotNull();
    }

    @Test
    void aMissingScrapUrlIsNamed() {
        AwsClients.install(new MockClients());

        assertThatThrownBy(() -> Env.runWith(Map.of("SCRAP_URL", " ", "STREAM_NAME", "stream", "ERROR_TABLE", ERROR_TABLE),
                ScrapeMoviesHandler::new))
                .isInstanceOf(MissingEnvironmentVariableException.class)
                .hasMessageContaining("SCRAP_URL");
    }

    @Test
    void maxPagesIsOptionalButMustBeAPositiveWholeNumber() {
        assertThat(ScrapeMoviesHandler.maxPages(Optional.empty())).isEqualTo(MovieScraper.DEFAULT_MAX_PAGES);
        assertThat(ScrapeMoviesHandler.maxPages(Optional.of(" 7 "))).isEqualTo(7);
        assertThatThrownBy(() -> ScrapeMoviesHandler.maxPages(Optional.of("0"))).hasMessageContaining("MAX_PAGES");
        assertThatThrownBy(() -> ScrapeMoviesHandler.maxPages(Optional.of("ten"))).hasMessageContaining("'ten'");
    }

    private ScrapeMoviesHandler handler() {
        return new ScrapeMoviesHandler(START, scraper, publisher, new ErrorTable(dynamoDb, ERROR_TABLE),
                Clock.fixed(NOW, ZoneOffset.UTC), log::add);
    }

    /** The items written to the error table, in order; exactly {@code count} of them. */
    private List<Map<String, AttributeValue>> errorItems(int count) {
        ArgumentCaptor<PutItemRequest> written = ArgumentCaptor.forClass(PutItemRequest.class);
        verify(dynamoDb, times(count)).putItem(written.capture());
        assertThat(written.getAllValues()).extracting(PutItemRequest::tableName).containsOnly(ERROR_TABLE);
        return written.getAllValues().stream().map(PutItemRequest::item).toList();
    }

    private static PutRecordsResponse accepted(PutRecordsRequest request) {
        List<PutRecordsResultEntry> results = request.records().stream()
                .map(entry -> PutRecordsResultEntry.builder().shardId("shardId-000000000000").sequenceNumber("1").build())
                .toList();
        return PutRecordsResponse.builder().failedRecordCount(0).records(results).build();
    }

    private static Movie movie(String id) {
        return new Movie(id, "Movie " + id, "Movie " + id, false, 1999, 90, List.of("Drama"));
    }

    /** Mock clients for the Lambda constructor: it must build its collaborators without calling AWS. */
    private static final class MockClients implements AwsClientSource {
        @Override
        public DynamoDbClient dynamoDb() {
            return mock(DynamoDbClient.class);
        }

        @Override
        public DynamoDbStreamsClient dynamoDbStreams() {
            return mock(DynamoDbStreamsClient.class);
        }

        @Override
        public KinesisClient kinesis() {
            return mock(KinesisClient.class);
        }

        @Override
        public SnsClient sns() {
            return mock(SnsClient.class);
        }

        @Override
        public SqsClient sqs() {
            return mock(SqsClient.class);
        }
    }
}
