package workshop.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The demo app (src/test/resources/demo-app) on the local cloud, end to end: HTTP → Kinesis →
 * consumer → DynamoDB, a DynamoDB stream consumer, SNS fan-out, a schedule, the admin endpoint.
 */
class DemoAppEndToEndTest {

    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final List<String> CONSOLE = Collections.synchronizedList(new ArrayList<>());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalCloud cloud;

    @BeforeAll
    static void startTheDemoApp() {
        cloud = LocalCloud.start(LocalCloudOptions.of(
                        Path.of("src/test/resources/demo-app/resources/serverless.yml"),
                        Path.of("src/test/resources/demo-app/functions/serverless.yml"))
                .withEnvironment(Map.of())
                .withConsole(CONSOLE::add));
    }

    @AfterAll
    static void stopIt() {
        cloud.close();
    }

    @AfterEach
    void faultsOff() {
        cloud.faults().none();
    }

    @Test
    void notesPostedOverHttpAreStoredByTheStreamConsumerAndReadBack() throws Exception {
        HttpResponse<String> posted = post("/notes", notes("plain", 40, "hello"));

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(posted.body()).getAsJsonObject().get("received").getAsInt()).isEqualTo(40);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(storedIds("plain")).hasSize(40);
        HttpResponse<String> read = get("/notes/plain-7");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("hello 7");
        assertThat(get("/notes/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void restRoutesAnswerUnderTheirStageToo() throws Exception {
        HttpResponse<String> posted = post("/dev/notes", notes("staged", 1, "x"));

        assertThat(posted.statusCode()).isEqualTo(200);
    }

    @Test
    void theSampleMovieSiteIsServedOnTheApiPort() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.sampleMoviesUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(cloud.sampleMoviesUrl()).isEqualTo(cloud.httpUrl() + "/sample/movies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<table class=\"movieTable\">", "rel=\"next\"");
    }

    @Test
    void anUnknownRouteListsTheKnownOnes() throws Exception {
        HttpResponse<String> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("GET /notes/{id}").contains("POST /announcements");
    }

    @Test
    void aPoisonNoteIsIsolatedByBisectionAndDescribedOnTheFailureQueue() throws Exception {
        List<Map<String, String>> batch = new ArrayList<>(notes("bisect", 9, "fine"));
        batch.add(4, Map.of("id", "bisect-poison", "text", "poison"));

        post("/notes", toJson(batch));

        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(storedIds("bisect")).hasSize(9).doesNotContain("bisect-poison");
        List<Message> failures = receiveFailures();
        assertThat(failures).hasSize(1);
        JsonObject batchInfo = JsonParser.parseString(failures.get(0).body()).getAsJsonObject()
                .getAsJsonObject("KinesisBatchInfo");
        assertThat(batchInfo.get("batchSize").getAsInt()).isEqualTo(1);
        assertThat(batchInfo.get("streamArn").getAsString()).endsWith(":stream/demo-notes-local");
        assertThat(cloud.function("noteWriter").log().messagesContaining("cannot store note bisect-poison")).isNotEmpty();
    }

    @Test
    void aReportedItemFailureIsRetriedFromThatRecord() throws Exception {
        List<Map<String, String>> batch = new ArrayList<>(notes("partial", 3, "ok"));
        batch.add(1, Map.of("id", "partial-retry", "text", "retry-me"));

        post("/notes", toJson(batch));

        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(storedIds("partial")).containsExactlyInAnyOrder("partial-0", "partial-1", "partial-2", "partial-retry");
    }

    @Test
    void throttledPutsAndRedeliveredRecordsStillLeaveExactlyTheNotesSent() throws Exception {
        cloud.faults().throttleKinesisPuts(0.3).redeliverStreamRecords(0.2);

        HttpResponse<String> posted = post("/notes", notes("faulty", 200, "n"));

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(storedIds("faulty")).hasSize(200);
    }

    @Test
    void anAnnouncementFansOutToEverySubscriberOnce() throws Exception {
        HttpResponse<String> published = post("/announcements", "lunch is served");

        assertThat(published.statusCode()).isEqualTo(200);
        String messageId = JsonParser.parseString(published.body()).getAsJsonObject().get("messageId").getAsString();
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        for (String subscriber : List.of("one", "two")) {
            Map<String, AttributeValue> audit = auditItem(subscriber + "/" + messageId);
            assertThat(audit.get("message").s()).isEqualTo("lunch is served");
            assertThat(audit.get("deliveries").n()).isEqualTo("1");
        }
    }

    @Test
    void redeliveredSnsMessagesReachEverySubscriberTwiceWithTheSameMessageId() throws Exception {
        cloud.faults().redeliverSnsMessages(1.0);

        HttpResponse<String> published = post("/announcements", "twice");

        String messageId = JsonParser.parseString(published.body()).getAsJsonObject().get("messageId").getAsString();
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(auditItem("one/" + messageId).get("deliveries").n()).isEqualTo("2");
        assertThat(auditItem("two/" + messageId).get("deliveries").n()).isEqualTo("2");
    }

    @Test
    void tableChangesReachTheDynamoDbStreamConsumer() throws Exception {
        int before = changeCount();

        post("/notes", notes("changes", 5, "c"));

        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(changeCount()).isEqualTo(before + 5);
    }

    @Test
    void aRateScheduleFiresAtOnceThroughTheFireNowPath() throws Exception {
        int fired = cloud.fireSchedules("tick");

        assertThat(fired).isEqualTo(1);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        Map<String, AttributeValue> ticks = auditItem("ticks");
        assertThat(ticks.get("detailType").s()).isEqualTo("Scheduled Event");
        assertThat(ticks.get("ruleArn").s()).startsWith("arn:aws:events:us-east-1:000000000000:rule/demo-dev-tick-schedule-");
    }

    @Test
    void theAdminEndpointShowsResourcesItemsPositionsAndLogs() throws Exception {
        post("/notes", notes("admin", 2, "seen"));
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        JsonObject resources = JsonParser.parseString(admin("/resources")).getAsJsonObject();
        assertThat(resources.getAsJsonArray("tables").toString()).contains("demo-notes-local", "demo-audit-local");
        assertThat(resources.getAsJsonArray("streams").toString()).contains("demo-notes-local");
        JsonArray items = JsonParser.parseString(admin("/tables/demo-notes-local/items?limit=10000")).getAsJsonArray();
        assertThat(items.toString()).contains("\"id\":\"admin-0\"");
        assertThat(admin("/streams")).contains("eventSourceMappings").contains("noteWriter");
        assertThat(admin("/logs/ingest")).contains("START RequestId");
    }

    @Test
    void theAdminEndpointCountsItemsAndWaitsForIdle() throws Exception {
        post("/notes", notes("counted", 3, "to count"));
        HttpResponse<String> idle = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.adminUrl() + "/idle?timeoutSeconds=30"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(idle.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(idle.body()).getAsJsonObject().get("idle").getAsBoolean()).isTrue();

        // Once idle, the consumer has stored every note: the count is the table's, read page by page.
        long stored = cloud.services().dynamoDb().scanPaginator(request -> request.tableName("demo-notes-local")).items()
                .stream().count();
        assertThat(storedIds("counted")).hasSize(3);
        JsonObject count = JsonParser.parseString(admin("/tables/demo-notes-local/count")).getAsJsonObject();
        assertThat(count.get("count").getAsLong()).isEqualTo(stored);

        HttpResponse<String> tooLong = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.adminUrl() + "/idle?timeoutSeconds=9999"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("timeoutSeconds must be between 1 and 300");
        HttpResponse<String> noTable = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.adminUrl() + "/tables/nope/count"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noTable.statusCode()).isEqualTo(404);
        assertThat(noTable.body()).contains("no DynamoDB table 'nope'");
    }

    private static Set<String> storedIds(String prefix) {
        return cloud.services().dynamoDb().scanPaginator(request -> request.tableName("demo-notes-local")).items().stream()
                .map(item -> item.get("id").s())
                .filter(id -> id.startsWith(prefix + "-"))
                .collect(Collectors.toSet());
    }

    private static Map<String, AttributeValue> auditItem(String id) {
        return cloud.services().dynamoDb().getItem(request -> request.tableName("demo-audit-local")
                .key(Map.of("id", AttributeValue.fromS(id)))).item();
    }

    private static int changeCount() {
        Map<String, AttributeValue> item = auditItem("changes/INSERT");
        return item == null || item.isEmpty() ? 0 : Integer.parseInt(item.get("deliveries").n());
    }

    private static List<Message> receiveFailures() {
        String queueUrl = cloud.services().sqs().getQueueUrl(request -> request.queueName("demo-failures-local")).queueUrl();
        return cloud.services().sqs().receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
    }

    private static List<Map<String, String>> notes(String prefix, int count, String text) {
        return IntStream.range(0, count)
                .mapToObj(i -> Map.of("id", prefix + "-" + i, "text", text + " " + i))
                .collect(Collectors.toList());
    }

    private static HttpResponse<String> post(String path, List<Map<String, String>> notes) throws Exception {
        return post(path, toJson(notes));
    }

    private static String toJson(List<Map<String, String>> notes) {
        return new com.google.gson.Gson().toJson(notes);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String admin(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.adminUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return response.body();
    }
}
