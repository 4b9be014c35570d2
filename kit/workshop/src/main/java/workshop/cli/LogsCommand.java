package workshop.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./workshop logs FN}: prints a function's log, like {@code serverless logs -f FN}. */
@Command(name = "logs", description = "Print a function's log from the running local cloud.")
final class LogsCommand implements Callable<Integer> {

    /** How often --follow asks for new lines. */
    static final long FOLLOW_INTERVAL_MILLIS = 500;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "The function's name in serverless.yml, e.g. processor.")
    private String function;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until Ctrl-C.")
    private boolean follow;

    @Option(names = "--admin", hidden = true)
    private String adminUrl;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        RunningCloud cloud;
        int printed = 0;
        try {
            cloud = RunningCloud.find(adminUrl);
            do {
                JsonArray lines = cloud.get("/logs/" + function, Map.of("from", String.valueOf(printed))).getAsJsonArray();
                for (JsonElement line : lines) {
                    JsonObject entry = line.getAsJsonObject();
                    out.println(entry.get("time").getAsString() + "  " + entry.get("text").getAsString());
                }
                printed += lines.size();
                out.flush();
                if (follow) {
                    Thread.sleep(FOLLOW_INTERVAL_MILLIS);
                }
            } while (follow);
        } catch (RunningCloud.NoCloudException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        }
        return ExitCodes.OK;
    }
}
