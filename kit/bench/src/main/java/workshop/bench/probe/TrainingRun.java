package workshop.bench.probe;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AppCDS training run of one jar: builds and invokes, in one JVM, every function that deploys the
 * jar, so that the archive the JVM writes at exit ({@code -XX:ArchiveClassesAtExit}) holds the classes
 * of all their cold starts, not only of the first one.
 *
 * <pre>java -XX:ArchiveClassesAtExit=&lt;archive&gt; -cp &lt;same classpath as the runs&gt; \
 *     workshop.bench.probe.TrainingRun &lt;timeout seconds&gt; &lt;handler class&gt;=&lt;event file&gt;...</pre>
 *
 * Exit code 0 when every invocation returned, 1 otherwise (the archive is written either way).
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: TrainingRun <timeout seconds> <handler class>=<event file>...");
            System.exit(2);
        }
        int timeoutSeconds = Integer.parseInt(args[0]);
        int failures = 0;
        for (int i = 1; i < args.length; i++) {
            String[] handlerAndEvent = args[i].split("=", 2);
            try {
                LambdaHandler handler = LambdaHandler.load(handlerAndEvent[0]);
                String result = handler.invoke(Files.readAllBytes(Path.of(handlerAndEvent[1])),
                        ProbeContext.fromEnvironment(timeoutSeconds));
                System.out.println("[training] " + handlerAndEvent[0] + " returned " + result);
            } catch (Throwable failure) {
                System.err.println("[training] " + handlerAndEvent[0] + " failed:");
                failure.printStackTrace();
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
