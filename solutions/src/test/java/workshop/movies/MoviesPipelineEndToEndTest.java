package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.samples.SampleMovie;
import workshop.localcloud.samples.SampleMovieCatalog;
import workshop.localcloud.samples.SampleSiteServer;
import workshop.localcloud.streams.EventSourceMapping;

/**
 * The movies pipeline on the local cloud, end to end, from the deploy files themselves (the root
 * resources stack and solutions/serverless.yml): {@code GET /scrap_movies} reads the sample site over
 * HTTP (both layouts), the scraper puts the movies on the Kinesis stream, the processor stores them
 * in DynamoDB Local, the query API reads them back. Each test gets a fresh cloud (empty tables).
 */
class MoviesPipelineEndToEndTest {

    private static final Duration IDLE = Duration.ofSeconds(120);
    private static final String STREAM = "data-processing-stream-local";
    private static final String MOVIE_TABLE = "movie-local";
    private static final String ERROR_TABLE = "movie-errors-local";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<SampleMovie> catalogue = SampleMovieCatalog.standard().titles();
    private SampleSiteServer site;
    private LocalCloud cloud;

    @BeforeEach
    void startTheSite() {
        site = new SampleSiteServer(0);
    }

    private void startTheApp(String scrapeUrl) {
        cloud = LocalCloud.start(LocalCloudOptions.of(Path.of("../serverless.yml"), Path.of("serverless.yml"))
                .withEnvironment(Map.of("url", scrapeUrl))
                .withConsole(line -> { }));
    }

    @AfterEach
    void stopThem() {
        if (cloud != null) {
            cloud.close();
        }
        site.close();
    }

    @Test
    void everyMovieOfTheSampleSiteEndsUpInTheTableWithItsTypedFields() throws Exception {
        startTheApp(site.moviesUrl());

        JsonObject answer = scrape();

        assertThat(answer.get("pages").getAsInt()).isEqualTo(13);
        assertThat(answer.get("moviesRead").getAsInt()).isEqualTo(catalogue.size());
        assertThat(answer.get("put").getAsInt()).isEqualTo(catalogue.size());
        assertThat(answer.get("failed").getAsInt()).isZero();
        assertThat(answer.get("errors").getAsInt()).isZero();
        // ⌈320 / 500⌉: one PutRecords call for the whole catalogue.
        assertThat(answer.get("putRecordsCalls").getAsInt()).isEqualTo(1);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        MovieTable table = new MovieTable(cloud.services().dynamoDb(), MOVIE_TABLE);
        for (SampleMovie expected : catalogue) {
            Optional<Movie> stored = table.find(expected.id());
            assertThat(stored).as(expected.id()).isPresent();
            assertThat(stored.get()).isEqualTo(new Movie(expected.id(), expected.primaryTitle(), expected.originalTitle(),
                    expected.adult(), expected.startYear(), expected.runtimeMinutes(), expected.genres()));
        }
        assertThat(itemCount(MOVIE_TABLE)).isEqualTo(catalogue.size());
        assertThat(itemCount(ERROR_TABLE)).isZero();
        assertThat(streamFullyConsumed()).isTrue();
    }

    @Test
    void withMalformedRecordsRedeliveryThrottlingAndUnprocessedWritesTheTablesHoldExactlyWhatTheyShould() throws Exception {
        startTheApp(site.moviesUrl());
        cloud.faults()
                .throttleKinesisPuts(0.3)
                .redeliverStreamRecords(0.2)
                .returnUnprocessedItems(0.2);

        JsonObject answer = scrape();
        // 5 % of the catalogue as malformed records, put straight on the stream the way a buggy producer would.
        List<String> malformedSequenceNumbers = putMalformedRecords(catalogue.size() / 20);

        assertThat(answer.get("put").getAsInt()).as("the scraper retried its throttled entries until all were in")
                .isEqualTo(catalogue.size());
        assertThat(answer.get("putRecordsCalls").getAsInt()).as("throttled entries cost extra calls").isGreaterThan(1);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        Set<String> storedIds = scanIds(MOVIE_TABLE);
        assertThat(storedIds).isEqualTo(catalogue.stream().map(SampleMovie::id).collect(Collectors.toSet()));
        Set<String> errorIds = scanIds(ERROR_TABLE);
        assertThat(errorIds).isEqualTo(malformedSequenceNumbers.stream()
                .map(sequenceNumber -> "record#shardId-000000000000#" + sequenceNumber)
                .collect(Collectors.toSet()));
        assertThat(streamFullyConsumed()).isTrue();
        assertThat(failuresQueueDepth()).as("nothing was given up on").isZero();
    }

    @Test
    void anUnreadablePageIsRecordedAndWhatWasReadBeforeItIsKept() throws Exception {
        startTheApp(site.baseUrl() + "/sample/movies/with-broken-next");

        JsonObject answer = scrape();

        assertThat(answer.get("moviesRead").getAsInt()).isEqualTo(25);
        assertThat(answer.get("errors").getAsInt()).isEqualTo(1);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(itemCount(MOVIE_TABLE)).isEqualTo(25);
        Map<String, AttributeValue> error = cloud.services().dynamoDb().getItem(request -> request.tableName(ERROR_TABLE)
                .key(Map.of("id", AttributeValue.fromS("page#" + site.baseUrl() + "/sample/movies/broken")))).item();
        assertThat(error).isNotEmpty();
        assertThat(error.get("kind").s()).isEqualTo("page");
        assertThat(error.get("excerpt").s()).isNotBlank();
    }

    @Test
    void theQueryApiReadsWhatThePipelineStored() throws Exception {
        startTheApp(site.moviesUrl());
        scrape();
        putMalformedRecords(3);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        SampleMovie known = catalogue.get(0);

        HttpResponse<String> one = get("/movies/" + known.id());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(one.body()).getAsJsonObject().get("primaryTitle").getAsString())
                .isEqualTo(known.primaryTitle());
        assertThat(get("/movies/tt9999999999").statusCode()).isEqualTo(404);
        assertThat(get("/movies?year=nineteen").statusCode()).isEqualTo(400);

        int year = 2021;
        Set<String> expected = catalogue.stream().filter(movie -> Integer.valueOf(year).equals(movie.startYear()))
                .map(SampleMovie::id).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(allPages("/movies?year=" + year + "&limit=10", "movies")).isEqualTo(expected);

        assertThat(allPages("/errors?limit=2", "errors")).hasSize(3);
    }

    private JsonObject scrape() throws Exception {
        HttpResponse<String> response = get("/scrap_movies");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Follows the {@code next} tokens; every id is seen once. */
    private Set<String> allPages(String firstPath, String listName) throws Exception {
        Set<String> ids = new HashSet<>();
        String path = firstPath;
        while (path != null) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
            JsonObject page = JsonParser.parseString(response.body()).getAsJsonObject();
            for (JsonElement entry : page.getAsJsonArray(listName)) {
                assertThat(ids.add(entry.getAsJsonObject().get("id").getAsString())).as("seen once").isTrue();
            }
            JsonElement next = page.get("next");
            path = next == null ? null : firstPath + "&next=" + next.getAsString();
        }
        return ids;
    }

    /** Malformed records of several kinds; returns their sequence numbers. */
    private List<String> putMalformedRecords(int count) {
        List<PutRecordsRequestEntry> entries = IntStream.range(0, count)
                .mapToObj(n -> PutRecordsRequestEntry.builder()
                        .partitionKey("bad-" + n)
                        .data(SdkBytes.fromString(malformedPayload(n), StandardCharsets.UTF_8))
                        .build())
                .toList();
        List<String> sequenceNumbers = new ArrayList<>();
        cloud.faults().throttleKinesisPuts(0);
        PutRecordsResponse response = cloud.services().kinesis().putRecords(request -> request.streamName(STREAM).records(entries));
        assertThat(response.failedRecordCount()).isZero();
        response.records().forEach(result -> sequenceNumbers.add(result.sequenceNumber()));
        return sequenceNumbers;
    }

    private static String malformedPayload(int n) {
        switch (n % 4) {
            case 0:
                return "this is not JSON " + n;
            case 1:
                return "{\"primaryTitle\":\"No id " + n + "\",\"originalTitle\":\"x\",\"isAdult\":false}";
            case 2:
                return "{\"id\":\"tt7" + String.format("%06d", n) + "\",\"primaryTitle\":\"x\",\"originalTitle\":\"x\","
                        + "\"isAdult\":false,\"startYear\":\"nineteen ninety\"}";
            default:
                return "[\"an\",\"array\"," + n + "]";
        }
    }

    private Set<String> scanIds(String table) {
        return cloud.services().dynamoDb().scanPaginator(request -> request.tableName(table)).items().stream()
                .map(item -> item.get("id").s())
                .collect(Collectors.toSet());
    }

    private long itemCount(String table) {
        return cloud.services().localDynamoDb().tables().count(table);
    }

    private boolean streamFullyConsumed() {
        return cloud.streamMappings().stream()
                .filter(mapping -> mapping.streamArn().contains(STREAM))
                .allMatch(EventSourceMapping::isCaughtUp);
    }

    private int failuresQueueDepth() {
        String queueUrl = cloud.services().sqs().getQueueUrl(request -> request.queueName("movie-processor-failures-local")).queueUrl();
        return cloud.services().sqs().receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10)).messages().size();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
