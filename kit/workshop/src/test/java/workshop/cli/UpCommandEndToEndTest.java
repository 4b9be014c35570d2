package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./workshop up --demo} running in this JVM (on a background thread, as in a terminal), and the
 * other commands talking to it through its admin endpoint, as from a second terminal. One cloud for
 * the class; the last test stops it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpCommandEndToEndTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String NOTES_TABLE = "demo-notes-local";
    /** What the test posts to the demo app: id → text. */
    private static final Map<String, String> NOTES = new LinkedHashMap<>(Map.of(
            "cli-1", "hello from the cli test",
            "cli-2", "second note",
            "cli-3", "third note"));

    @TempDir
    static Path state;

    private static final Cli.Properties PROPERTIES = new Cli.Properties();
    private static final StringWriter UP_OUT = new StringWriter();
    private static final StringWriter UP_ERR = new StringWriter();
    private static ExecutorService upThread;
    private static UpCommand up;
    private static Future<Integer> upExit;
    private static String adminUrl;
    private static String httpUrl;
    private static boolean notesStored;

    @BeforeAll
    static void startUp() throws Exception {
        PROPERTIES.set("workshop.home", Path.of("../..").toAbsolutePath().normalize().toString())
                .set("workshop.state", state.toString());
        CommandLine commandLine = WorkshopCli.commandLine();
        commandLine.setOut(new PrintWriter(UP_OUT, true));
        commandLine.setErr(new PrintWriter(UP_ERR, true));
        up = commandLine.getSubcommands().get("up").getCommand();
        upThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "workshop-up");
            thread.setDaemon(true);
            return thread;
        });
        upExit = upThread.submit(() -> commandLine.execute("up", "--demo", "--port", "0", "--admin-port", "0"));

        JsonObject address = awaitStateFile();
        adminUrl = address.get("adminUrl").getAsString();
        httpUrl = address.get("httpUrl").getAsString();
        assertThat(address.get("pid").getAsLong()).isEqualTo(ProcessHandle.current().pid());
    }

    @AfterAll
    static void stopUpAndRestore() throws Exception {
        try {
            if (up != null) {
                up.stop.countDown();
                upExit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            if (upThread != null) {
                upThread.shutdownNow();
            }
            PROPERTIES.restore();
        }
    }

    @Test
    @Order(0)
    void upPrintsItsBannerAndRecordsLoopbackUrls() throws InterruptedException {
        // The state file is written just before the banner is printed.
        awaitCondition(() -> UP_OUT.toString().contains("Ctrl-C stops."), "the end of up's banner");

        assertThat(adminUrl).startsWith("http://127.0.0.1:").endsWith("/admin");
        assertThat(httpUrl).startsWith("http://127.0.0.1:");
        assertThat(UP_OUT.toString())
                .contains("Local cloud ready in")
                .contains(httpUrl + "/notes")
                .contains("Tables:  ").contains(NOTES_TABLE)
                .contains("Functions: ingest, noteWriter, noteReader, changeCounter, announce, auditorOne, auditorTwo, tick")
                .contains("Admin endpoint: " + adminUrl + "/resources");
        assertThat(UP_ERR.toString()).isEmpty();
    }

    @Test
    @Order(2)
    void tableAsJsonPrintsExactlyThePostedNotes() throws Exception {
        postNotesOnce();

        Cli.Run table = Cli.run("table", NOTES_TABLE, "--json", "--admin", adminUrl);

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.OK);
        JsonArray items = JsonParser.parseString(table.out()).getAsJsonArray();
        Map<String, String> stored = new HashMap<>();
        for (JsonElement element : items) {
            JsonObject item = element.getAsJsonObject();
            assertThat(item.keySet()).containsExactlyInAnyOrder("id", "text", "sequenceNumber");
            assertThat(item.get("sequenceNumber").getAsString()).matches("\\d+");
            stored.put(item.get("id").getAsString(), item.get("text").getAsString());
        }
        assertThat(items).hasSize(NOTES.size());
        assertThat(stored).isEqualTo(NOTES);
        assertThat(table.err()).isEmpty();
    }

    @Test
    @Order(3)
    void tableFindsTheCloudThroughTheStateFileWithoutAdminOption() throws Exception {
        postNotesOnce();

        Cli.Run viaStateFile = Cli.run("table", NOTES_TABLE, "--json");

        assertThat(viaStateFile.exitCode()).as(viaStateFile.toString()).isEqualTo(ExitCodes.OK);
        assertThat(JsonParser.parseString(viaStateFile.out()))
                .isEqualTo(JsonParser.parseString(Cli.run("table", NOTES_TABLE, "--json", "--admin", adminUrl).out()));
    }

    @Test
    @Order(4)
    void tableAsTextShowsAHeaderOneRowPerItemAndTheCount() throws Exception {
        postNotesOnce();

        Cli.Run table = Cli.run("table", NOTES_TABLE, "--admin", adminUrl);

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = table.outLines();
        assertThat(lines).as(table.out()).hasSize(2 + NOTES.size() + 1);
        assertThat(lines.get(0).split("\\s+")).containsExactlyInAnyOrder("id", "text", "sequenceNumber");
        assertThat(lines.get(1)).matches("-+( +-+){2}");
        for (Map.Entry<String, String> note : NOTES.entrySet()) {
            assertThat(lines.subList(2, 2 + NOTES.size()))
                    .filteredOn(row -> row.contains(note.getKey()))
                    .singleElement().asString().contains(note.getValue());
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("(3 items)");
    }

    @Test
    @Order(5)
    void tableLimitShowsAtMostThatManyItems() throws Exception {
        postNotesOnce();

        Cli.Run table = Cli.run("table", NOTES_TABLE, "--json", "--limit", "2", "--admin", adminUrl);

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.OK);
        assertThat(JsonParser.parseString(table.out()).getAsJsonArray()).hasSize(2);
    }

    @Test
    @Order(1) // before any note is posted: the stream consumer changeCounter counts them in this table
    void tableOfAnEmptyTableSaysSo() {
        Cli.Run table = Cli.run("table", "demo-audit-local", "--admin", adminUrl);

        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).isEqualTo("(no items)" + System.lineSeparator());
    }

    @Test
    @Order(7)
    void tableOfAnUnknownTableFailsNamingTheKnownOnes() {
        Cli.Run table = Cli.run("table", "nosuchtable", "--admin", adminUrl);

        assertThat(table.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(table.out()).isEmpty();
        assertThat(table.errLines()).singleElement().asString()
                .startsWith("error: ")
                .contains("nosuchtable")
                .contains("demo-notes-local").contains("demo-audit-local");
    }

    @Test
    @Order(8)
    void logsPrintsStartEndAndReportLinesOfEachInvocation() throws Exception {
        postNotesOnce();

        // The items are stored before the invocation's END and REPORT lines are written: wait for them
        // (the first invocation is a cold start: its REPORT line has an Init Duration).
        Cli.Run logs = awaitRun(run -> run.out().contains("\tInit Duration: "), "logs", "noteWriter", "--admin", adminUrl);

        assertThat(logs.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(logs.err()).isEmpty();
        List<String> lines = logs.outLines();
        for (String line : lines) {
            String[] timeAndText = line.split("  ", 2);
            assertThat(timeAndText).as(line).hasSize(2);
            assertThat(Instant.parse(timeAndText[0])).isBefore(Instant.now().plusSeconds(1));
        }
        // Two shards, two pollers: invocations may interleave, so follow one request id.
        Matcher report = Pattern.compile("  REPORT RequestId: (\\S+)\t").matcher(logs.out());
        assertThat(report.find()).as(logs.out()).isTrue();
        String requestId = report.group(1);
        int startAt = indexOfLineContaining(lines, "START RequestId: " + requestId + " Version: $LATEST");
        int endAt = indexOfLineContaining(lines, "END RequestId: " + requestId);
        int reportAt = indexOfLineContaining(lines, "REPORT RequestId: " + requestId);
        assertThat(startAt).isLessThan(endAt);
        assertThat(endAt).isLessThan(reportAt);
        assertThat(lines.get(reportAt)).contains("\tDuration: ").contains("\tBilled Duration: ")
                .contains("\tMemory Size: 512 MB");
        assertThat(lines.subList(startAt, endAt)).anyMatch(line -> line.matches(".*stored \\d+ note\\(s\\).*"));
    }

    @Test
    @Order(9)
    void fireRunsTheScheduleNow() throws Exception {
        Cli.Run fire = Cli.run("fire", "tick", "--admin", adminUrl);

        assertThat(fire.exitCode()).as(fire.toString()).isEqualTo(ExitCodes.OK);
        assertThat(fire.out()).startsWith("fired 1 schedule(s) of tick");
        assertThat(fire.err()).isEmpty();
        Cli.Run logs = awaitRun(run -> run.out().contains("REPORT RequestId: "), "logs", "tick", "--admin", adminUrl);
        assertThat(logs.out()).contains("START RequestId: ").contains("tick at ");
    }

    @Test
    @Order(10)
    void logsFollowPrintsEachNewLineOnceUntilStopped() throws Exception {
        int reportsBefore = reports(Cli.run("logs", "tick", "--admin", adminUrl).out());
        StringWriter followed = new StringWriter();
        CommandLine follow = WorkshopCli.commandLine();
        follow.setOut(new PrintWriter(followed, true));
        follow.setErr(new PrintWriter(followed, true));
        ExecutorService followThread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> following = followThread.submit(() -> follow.execute("logs", "tick", "--follow", "--admin", adminUrl));

            assertThat(Cli.run("fire", "tick", "--admin", adminUrl).exitCode()).isEqualTo(ExitCodes.OK);

            // The followed output must become exactly the whole log, with the new invocation in it.
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            String log = Cli.run("logs", "tick", "--admin", adminUrl).out();
            while (!(reports(log) > reportsBefore && followed.toString().equals(log))) {
                if (System.nanoTime() > deadline) {
                    fail("logs --follow printed:\n" + followed + "\nbut the log is:\n" + log);
                }
                Thread.sleep(25);
                log = Cli.run("logs", "tick", "--admin", adminUrl).out();
            }
            assertThat(following).isNotDone();
            following.cancel(true); // Ctrl-C
        } finally {
            followThread.shutdownNow();
            assertThat(followThread.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    @Order(11)
    void fireOnAFunctionWithoutScheduleFails() {
        Cli.Run fire = Cli.run("fire", "noteReader", "--admin", adminUrl);

        assertThat(fire.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(fire.out()).isEmpty();
        assertThat(fire.errLines()).singleElement().asString().contains("noteReader").contains("no schedule");
    }

    @Test
    @Order(12)
    void logsOfAnUnknownFunctionFailsNamingTheKnownOnes() {
        Cli.Run logs = Cli.run("logs", "nosuchfunction", "--admin", adminUrl);

        assertThat(logs.exitCode()).isNotZero().isEqualTo(ExitCodes.FAILURE);
        assertThat(logs.out()).isEmpty();
        assertThat(logs.errLines()).singleElement().asString()
                .startsWith("error: ")
                .contains("nosuchfunction")
                .contains("ingest, noteWriter, noteReader, changeCounter, announce, auditorOne, auditorTwo, tick");
    }

    @Test
    @Order(13)
    void fireOfAnUnknownFunctionFailsNamingTheKnownOnes() {
        Cli.Run fire = Cli.run("fire", "nosuchfunction", "--admin", adminUrl);

        assertThat(fire.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(fire.errLines()).singleElement().asString().contains("nosuchfunction").contains("tick");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingUpClosesTheCloudAndForgetsIt() throws Exception {
        int apiPort = URI.create(httpUrl).getPort();
        Path stateFile = state.resolve("cloud.json");
        assertThat(stateFile).exists();

        up.stop.countDown();

        assertThat(upExit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        assertThat(UP_OUT.toString()).endsWith("Local cloud stopped." + System.lineSeparator());
        assertThat(stateFile).doesNotExist();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", apiPort), 2_000);
            }
        }).isInstanceOf(ConnectException.class);
        Cli.Run viaAdmin = Cli.run("table", NOTES_TABLE, "--admin", adminUrl);
        assertThat(viaAdmin.exitCode()).as(viaAdmin.toString()).isEqualTo(ExitCodes.NO_CLOUD);
        assertThat(viaAdmin.err()).contains("./workshop up");
        Cli.Run viaStateFile = Cli.run("logs", "noteWriter");
        assertThat(viaStateFile.exitCode()).as(viaStateFile.toString()).isEqualTo(ExitCodes.NO_CLOUD);
    }

    /** Posts {@link #NOTES} once for the class and waits until the stream consumer has stored them all. */
    private static synchronized void postNotesOnce() throws Exception {
        if (notesStored) {
            return;
        }
        JsonArray body = new JsonArray();
        NOTES.forEach((id, text) -> {
            JsonObject note = new JsonObject();
            note.addProperty("id", id);
            note.addProperty("text", text);
            body.add(note);
        });
        HttpResponse<String> posted = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(httpUrl + "/notes"))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(posted.body()).getAsJsonObject().get("received").getAsInt()).isEqualTo(NOTES.size());
        awaitRun(run -> run.exitCode() == 0 && JsonParser.parseString(run.out()).getAsJsonArray().size() >= NOTES.size(),
                "table", NOTES_TABLE, "--json", "--admin", adminUrl);
        notesStored = true;
    }

    /** Runs the command until its result passes the check (bounded). */
    private static Cli.Run awaitRun(Predicate<Cli.Run> check, String... args) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Cli.Run run = Cli.run(args);
        while (!check.test(run)) {
            if (System.nanoTime() > deadline) {
                fail("'" + String.join(" ", args) + "' did not give what was expected in " + TIMEOUT + "; last run: " + run);
            }
            Thread.sleep(25);
            run = Cli.run(args);
        }
        return run;
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + TIMEOUT + "\n--- up's out:\n" + UP_OUT + "--- up's err:\n" + UP_ERR);
            }
            Thread.sleep(10);
        }
    }

    /** Waits for the state file that {@code up} writes once the cloud answers; fails early if {@code up} ended. */
    private static JsonObject awaitStateFile() throws Exception {
        Path file = state.resolve("cloud.json");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (upExit.isDone()) {
                fail("up ended with " + upExit.get() + " before writing " + file + "\n--- out:\n" + UP_OUT + "--- err:\n" + UP_ERR);
            }
            if (Files.exists(file)) {
                return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            }
            Thread.sleep(25);
        }
        return fail("up did not write " + file + " within " + START_TIMEOUT + "\n--- out:\n" + UP_OUT);
    }

    private static int reports(String log) {
        return (int) log.lines().filter(line -> line.contains("  REPORT RequestId: ")).count();
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return fail("no line contains '" + text + "' in " + lines);
    }
}
