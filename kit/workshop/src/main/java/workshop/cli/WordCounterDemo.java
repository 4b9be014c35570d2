package workshop.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.LocalCloud;

/**
 * The Slack part of {@code ./workshop demo}: the same words twice; the counter answers 1 then 12,
 * because the SNS subscribers add 10 per word in between.
 */
final class WordCounterDemo {

    static final List<String> WORDS = List.of("hello", "world");

    private final LocalCloud cloud;
    private final PrintWriter out;

    WordCounterDemo(LocalCloud cloud, PrintWriter out) {
        this.cloud = cloud;
        this.out = out;
    }

    /** Sends the same words twice; shows the reply, then the counts once the SNS subscribers are done. */
    boolean run(Duration settleTimeout) throws Exception {
        String table = AppTables.physicalName(cloud, "WordsTable");
        SlackClient slack = new SlackClient(cloud.httpUrl(), SlackClient.signingSecretFromEnvironment(), Clock.systemUTC());
        out.println();
        out.println("▶ Slack word counter: '/count " + String.join(" ", WORDS) + "', twice");
        boolean expected = true;
        for (int round = 1; round <= 2; round++) {
            SlackClient.Reply reply = slack.slashCommand(String.join(" ", WORDS), "demo");
            long answered = 1 + 11L * (round - 1);
            out.println("  " + round + ". Slack's reply:        " + reply.text()
                    + "   (the counter adds 1 per word and answers at once)");
            expected &= reply.status() == 200 && WORDS.stream().allMatch(word -> reply.text().contains(word + ": " + answered));
            if (!cloud.awaitIdle(settleTimeout)) {
                out.println("  the SNS subscribers did not finish within " + settleTimeout.toSeconds() + " s");
                return false;
            }
            Map<String, Long> counts = counts(table);
            out.println("     in the table after SNS: " + counts + "   (the multiplier added 10 per word)");
            expected &= WORDS.stream().allMatch(word -> counts.get(word) == answered + 10);
            out.flush();
        }
        return expected;
    }

    private Map<String, Long> counts(String table) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String word : WORDS) {
            Map<String, AttributeValue> item = cloud.services().dynamoDb().getItem(request -> request.tableName(table)
                    .consistentRead(true).key(Map.of("word", AttributeValue.fromS(word)))).item();
            counts.put(word, item == null || !item.containsKey("count") ? 0L : Long.parseLong(item.get("count").n()));
        }
        return Collections.unmodifiableMap(counts);
    }
}
