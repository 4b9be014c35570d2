package workshop.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./workshop}: the workshop's command line. */
@Command(name = "workshop",
        mixinStandardHelpOptions = true,
        version = "workshop 1.0",
        description = "Runs the serverless Java workshop on your laptop: the course (list, verify, watch, hint, ...), the local cloud and its tools.",
        subcommands = {UpCommand.class, DemoCommand.class, SlackCommand.class, TableCommand.class, LogsCommand.class,
                FireCommand.class, ScrapeCommand.class, CrawlCommand.class,
                ListCommand.class, VerifyCommand.class, WatchCommand.class, HintCommand.class, CatchUpCommand.class,
                DiffCommand.class, ResetCommand.class, ReportCommand.class, ClassReportCommand.class, CourseMapCommand.class,
                CommandLine.HelpCommand.class})
public final class WorkshopCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new WorkshopCli())
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + exception.getMessage()));
                    return ExitCodes.FAILURE;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
