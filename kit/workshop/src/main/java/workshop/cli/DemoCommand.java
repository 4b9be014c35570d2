package workshop.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.config.ResourceDefinition;

/**
 * {@code ./workshop demo}: runs the course's reference app on a fresh local cloud and walks through
 * what it does, with progress output and a summary. Today: the Slack word counter's "1 then 12"
 * (the counter answers at once; the SNS subscribers add 10 per word afterwards).
 */
@Command(name = "demo", description = "Run the reference app on the local cloud and show what it does.")
final class DemoCommand implements Callable<Integer> {

    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    static final List<String> WORDS = List.of("hello", "world");

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", description = "Also print every function's log.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant begin = Instant.now();
        AppToRun app = AppToRun.course(WorkshopHome.root(), "solutions").checked();
        out.println("▶ Starting the local cloud with " + app.stacks() + " ...");
        out.flush();
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(app.stacks().toArray(java.nio.file.Path[]::new))
                .withClassLoader(app.classLoader())
                .withPorts(0, 0)
                .withConsole(line -> {
                    if (verbose) {
                        out.println(line);
                        out.flush();
                    }
                }))) {
            out.printf("  ready in %.1f s, API at %s%n", cloud.startupTime().toMillis() / 1000.0, cloud.httpUrl());
            boolean wordsAsExpected = wordCounterDemo(cloud, out);
            out.println();
            out.printf("Summary: word counter %s; %d functions, %d invocations; %.1f s in all.%n",
                    wordsAsExpected ? "✓ 1 → 12 as expected" : "✗ counts not as expected",
                    cloud.functions().size(),
                    cloud.functions().values().stream().mapToInt(function -> function.invocations()).sum(),
                    Duration.between(begin, Instant.now()).toMillis() / 1000.0);
            out.flush();
            return wordsAsExpected ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** Sends the same words twice; shows the reply, then the counts once the SNS subscribers are done. */
    private boolean wordCounterDemo(LocalCloud cloud, PrintWriter out) throws Exception {
        String table = wordsTable(cloud);
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
            if (!cloud.awaitIdle(SETTLE_TIMEOUT)) {
                out.println("  the SNS subscribers did not finish within " + SETTLE_TIMEOUT.toSeconds() + " s");
                return false;
            }
            Map<String, Long> counts = counts(cloud, table);
            out.println("     in the table after SNS: " + counts + "   (the multiplier added 10 per word)");
            expected &= WORDS.stream().allMatch(word -> counts.get(word) == answered + 10);
            out.flush();
        }
        return expected;
    }

    private static String wordsTable(LocalCloud cloud) {
        return cloud.stacks().stream()
                .flatMap(stack -> stack.resources().values().stream())
                .filter(resource -> resource.type().equals("AWS::DynamoDB::Table"))
                .map(ResourceDefinition::physicalName)
                .filter(name -> name.startsWith("words-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the course app has no words-<suffix> table"));
    }

    private static Map<String, Long> counts(LocalCloud cloud, String table) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String word : WORDS) {
            Map<String, AttributeValue> item = cloud.services().dynamoDb().getItem(request -> request.tableName(table)
                    .consistentRead(true).key(Map.of("word", AttributeValue.fromS(word)))).item();
            counts.put(word, item == null || !item.containsKey("count") ? 0L : Long.parseLong(item.get("count").n()));
        }
        return Collections.unmodifiableMap(counts);
    }
}
