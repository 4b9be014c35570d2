package workshop.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./workshop slack "some words"}: sends a signed slash command to the running app. */
@Command(name = "slack", description = "Send a correctly signed Slack slash command to the running app's POST /slack.")
final class SlackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The text, as typed after /count in Slack.")
    private List<String> words;

    @Option(names = "--user", defaultValue = "attendee", description = "The Slack user name (default ${DEFAULT-VALUE}).")
    private String user;

    @Option(names = "--url", description = "The app's API URL (default: the one './workshop up' started).")
    private String url;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String apiUrl;
        try {
            apiUrl = url != null ? url : RunningCloud.address().httpUrl();
        } catch (RunningCloud.NoCloudException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        }
        SlackClient slack = new SlackClient(apiUrl, SlackClient.signingSecretFromEnvironment(), Clock.systemUTC());
        SlackClient.Reply reply = slack.slashCommand(String.join(" ", words), user);
        if (reply.status() != 200) {
            spec.commandLine().getErr().println("HTTP " + reply.status() + ": " + reply.body());
            return ExitCodes.FAILURE;
        }
        out.println(reply.text());
        out.flush();
        return ExitCodes.OK;
    }
}
