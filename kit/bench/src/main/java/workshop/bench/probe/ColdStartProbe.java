package workshop.bench.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The main class of each child JVM of the benchmark: one cold start of one function, done the way
 * Lambda's Java runtime does it. The handler class is loaded and built through its public no-arg
 * constructor (its init), then invoked once with the event file, read by the runtime's own serialisers.
 *
 * <pre>java -cp &lt;function jar&gt;:&lt;probe jar&gt;:&lt;serialization jar&gt; workshop.bench.probe.ColdStartProbe \
 *     &lt;handler class&gt; &lt;event file&gt; &lt;timeout seconds&gt;</pre>
 *
 * <p>It prints two lines for the benchmark, after whatever the handler logs: {@value #RESULT} followed
 * by the response as Lambda would return it (JSON), and {@value #TIMES} followed by the milliseconds of
 * the init and of the first invocation. Exit code 0 when the invocation returned, 1 when the init or
 * the invocation threw (the stack trace is on standard error), 2 for a wrong command line.
 */
public final class ColdStartProbe {

    public static final String RESULT = "[probe] result ";
    public static final String TIMES = "[probe] init-ms ";

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ColdStartProbe <handler class> <event file> <timeout seconds>");
            System.exit(2);
        }
        try {
            long start = System.nanoTime();
            LambdaHandler handler = LambdaHandler.load(args[0]);
            long initialised = System.nanoTime();

            byte[] event = Files.readAllBytes(Path.of(args[1]));
            ProbeContext context = ProbeContext.fromEnvironment(Integer.parseInt(args[2]));
            long invoking = System.nanoTime();
            String result = handler.invoke(event, context);
            long invoked = System.nanoTime();

            System.out.println(RESULT + result);
            System.out.println(TIMES + millis(initialised - start) + " invoke-ms " + millis(invoked - invoking));
            // Lambda keeps the environment for the next event; the probe is done after one.
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
