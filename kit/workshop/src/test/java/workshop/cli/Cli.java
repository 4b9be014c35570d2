package workshop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code ./workshop} in this JVM, as the launcher does, and keeps what it printed. */
final class Cli {

    /** What one run of the command line gave. */
    record Run(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = WorkshopCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Sets system properties for a test and puts the previous values back afterwards. */
    static final class Properties {

        private final Map<String, String> previous = new HashMap<>();

        Properties set(String name, String value) {
            previous.putIfAbsent(name, System.getProperty(name));
            System.setProperty(name, value);
            return this;
        }

        void restore() {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
            previous.clear();
        }
    }
}
