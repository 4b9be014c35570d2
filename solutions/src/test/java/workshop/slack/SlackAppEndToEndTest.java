package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;

/**
 * The Slack word counter on the local cloud, end to end: signed Slack requests over HTTP, the counts
 * in DynamoDB Local, the SNS fan-out to the multiplier and the logger, the leaderboard from the
 * table's stream, and the schedule.
 *
 * <p>Each test uses words of its own (prefixed), since the table is shared by the tests.
 */
class SlackAppEndToEndTest {

    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final String TABLE = "words-local";
    private static final List<String> CONSOLE = Collections.synchronizedList(new ArrayList<>());

    private static LocalCloud cloud;
    private static SignedSlackPoster slack;

    @BeforeAll
    static void startTheApp() {
        cloud = LocalCloud.start(LocalCloudOptions.of(
                        Path.of("../serverless.yml"),
                        Path.of("serverless.yml"))
                .withEnvironment(Map.of())
                .withConsole(CONSOLE::add));
        slack = new SignedSlackPoster(cloud.httpUrl(), "local-signing-secret", Clock.systemUTC());
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
    void theSameWordsTwiceShowOneThenTwelve() throws Exception {
        HttpResponse<String> first = slack.slashCommand("Hello, world!");

        assertThat(first.statusCode()).isEqualTo(200);
        JsonObject reply = JsonParser.parseString(first.body()).getAsJsonObject();
        assertThat(reply.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(reply.get("text").getAsString()).isEqualTo("hello: 1, world: 1");
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(count("hello")).isEqualTo(11);
        assertThat(count("world")).isEqualTo(11);

        HttpResponse<String> second = slack.slashCommand("hello world");

        assertThat(JsonParser.parseString(second.body()).getAsJsonObject().get("text").getAsString())
                .isEqualTo("hello: 12, world: 12");
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(count("hello")).isEqualTo(22);
        assertThat(cloud.function("logger").log().messagesContaining("{hello=1, world=1}")).isNotEmpty();
    }

    @Test
    void concurrentSendersWithRedeliveredSnsMessagesLeaveExactCounts() throws Exception {
        cloud.faults().redeliverSnsMessages(0.2);
        List<String> vocabulary = List.of("loadalpha", "loadbeta", "loadgamma", "loaddelta", "loadepsilon");
        int senders = 8;
        int messagesEach = 200;
        Map<String, AtomicLong> expectedOccurrences = new HashMap<>();
        vocabulary.forEach(word -> expectedOccurrences.put(word, new AtomicLong()));

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int sender = 0; sender < senders; sender++) {
            int s = sender;
            results.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < messagesEach; i++) {
                    // Overlapping words: each message has 2..4 of the five words, one of them twice.
                    List<String> words = new ArrayList<>();
                    for (int w = 0; w < 2 + (s + i) % 3; w++) {
                        words.add(vocabulary.get((s + i + w) % vocabulary.size()));
                    }
                    words.add(words.get(0));
                    words.forEach(word -> expectedOccurrences.get(word).incrementAndGet());
                    statuses.add(slack.slashCommand(String.join(" ", words)).statusCode());
                }
                return statuses;
            }));
        }
        for (Future<List<Integer>> result : results) {
            assertThat(result.get()).containsOnly(200);
        }
        pool.shutdown();
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("[measure] " + senders + " senders x " + messagesEach + " messages, fan-out done in " + took.toMillis() + " ms");

        for (Map.Entry<String, AtomicLong> expected : expectedOccurrences.entrySet()) {
            assertThat(count(expected.getKey())).as(expected.getKey()).isEqualTo(11 * expected.getValue().get());
        }
        assertThat(cloud.function("multiplier").log().messagesContaining("already processed")).isNotEmpty();
    }

    @Test
    void aWarmSlackRequestAnswersWellWithinSlacksThreeSeconds() throws Exception {
        slack.slashCommand("warm up");
        long[] micros = new long[50];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            assertThat(slack.slashCommand("latency check " + i).statusCode()).isEqualTo(200);
            micros[i] = (System.nanoTime() - started) / 1000;
        }
        java.util.Arrays.sort(micros);
        System.out.printf("[measure] warm POST /slack (3 words), 50 sequential: median %d us, max %d us%n",
                micros[micros.length / 2], micros[micros.length - 1]);
        assertThat(micros[micros.length - 1]).isLessThan(3_000_000);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
    }

    @Test
    void forgedRequestsAreRefusedAndChangeNothing() throws Exception {
        int itemsBefore = itemCount();
        long publishedBefore = publishedMessages();
        String body = SignedSlackPoster.slashCommandBody("forged words");
        String now = Long.toString(Clock.systemUTC().instant().getEpochSecond());
        SlackSignature wrongSecret = new SlackSignature("not-the-secret", Clock.systemUTC());

        List<HttpResponse<String>> responses = List.of(
                slack.post(body, now, wrongSecret.sign(now, body.getBytes())),
                slack.post(body, now, null),
                slack.post(body, null, "v0=00"),
                slack.post(body, Long.toString(Long.parseLong(now) - 600),
                        new SlackSignature("local-signing-secret", Clock.systemUTC()).sign(Long.toString(Long.parseLong(now) - 600), body.getBytes())));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString()).startsWith("Refused: ");
        });
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(itemCount()).isEqualTo(itemsBefore);
        assertThat(publishedMessages()).isEqualTo(publishedBefore);
        assertThat(count("forged")).isZero();
    }

    @Test
    void anEmptyOrOversizedMessageIsAnsweredAndCountsNothing() throws Exception {
        long publishedBefore = publishedMessages();

        HttpResponse<String> empty = slack.slashCommand("  !!! ");
        HttpResponse<String> tooMany = slack.slashCommand(String.join(" ",
                java.util.stream.IntStream.range(0, 51).mapToObj(i -> "many" + i).toList()));

        assertThat(JsonParser.parseString(empty.body()).getAsJsonObject().get("text").getAsString()).contains("Give me some words");
        assertThat(JsonParser.parseString(tooMany.body()).getAsJsonObject().get("text").getAsString()).contains("51 different words");
        assertThat(count("many0")).isZero();
        assertThat(publishedMessages()).isEqualTo(publishedBefore);
    }

    @Test
    void theLeaderboardFollowsTheCountsAndTheScheduleLogsIt() throws Exception {
        slack.slashCommand("champion champion champion champion champion champion champion champion champion champion champion champion");
        assertThat(cloud.awaitIdle(IDLE)).isTrue();

        HttpResponse<String> board = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cloud.httpUrl() + "/leaderboard")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("{\"word\":\"champion\",\"count\":132}");
        assertThat(cloud.fireSchedules("summary")).isEqualTo(1);
        assertThat(cloud.awaitIdle(IDLE)).isTrue();
        assertThat(cloud.function("summary").log().messagesContaining("champion 132")).isNotEmpty();
    }

    private static long count(String word) {
        Map<String, AttributeValue> item = cloud.services().dynamoDb().getItem(request -> request.tableName(TABLE)
                .key(WordsTable.keyOf(word)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get(WordsTable.COUNT).n());
    }

    private static int itemCount() {
        return cloud.services().dynamoDb().scan(request -> request.tableName(TABLE).select("COUNT")).count();
    }

    private static long publishedMessages() {
        return cloud.services().localSns().topics().stream()
                .filter(topic -> topic.name().equals(TABLE))
                .mapToLong(topic -> topic.publishedMessages())
                .sum();
    }
}
