package workshop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./workshop fire FN}: runs a scheduled function now instead of waiting for its schedule. */
@Command(name = "fire", description = "Fire a function's schedule now (no waiting for rate(1 minute)).")
final class FireCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "A function with a 'schedule' event.")
    private String function;

    @Option(names = "--admin", hidden = true)
    private String adminUrl;

    @Override
    public Integer call() {
        try {
            int fired = RunningCloud.find(adminUrl).post("/schedules/" + function + "/fire")
                    .getAsJsonObject().get("fired").getAsInt();
            if (fired == 0) {
                spec.commandLine().getErr().println("error: function '" + function + "' has no schedule event: "
                        + "nothing fired (fire runs a function's 'schedule' events)");
                return ExitCodes.FAILURE;
            }
            spec.commandLine().getOut().println("fired " + fired + " schedule(s) of " + function
                    + "; see './workshop logs " + function + "'");
            return ExitCodes.OK;
        } catch (RunningCloud.NoCloudException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        }
    }
}
