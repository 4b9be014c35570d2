package workshop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.localcloud.LocalCloud;
import workshop.localcloud.LocalCloudOptions;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.http.RouteInfo;

/** {@code ./workshop up}: runs the app on the local cloud until Ctrl-C. */
@Command(name = "up", description = "Run the app offline on the local cloud (Ctrl-C stops it).")
final class UpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--demo", description = "Run the local cloud's demo app instead of the course's app.")
    private boolean demo;

    @Option(names = "--project", defaultValue = "solutions",
            description = "The course project whose serverless.yml and classes to run: solutions or skeleton (default ${DEFAULT-VALUE}).")
    private String project;

    @Option(names = "--stack", paramLabel = "FILE", description = "A serverless.yml to run (repeat; resources stack first).")
    private List<Path> stacks = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "DIR", description = "Where the handler classes are (repeat).")
    private List<Path> classes = new ArrayList<>();

    @Option(names = "--port", defaultValue = "3000", description = "The API port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any).")
    private int port;

    @Option(names = "--admin-port", defaultValue = "4510", description = "The admin endpoint's port (default ${DEFAULT-VALUE}; 0 = any).")
    private int adminPort;

    @Option(names = "--stage", defaultValue = "dev", description = "The stage (default ${DEFAULT-VALUE}).")
    private String stage;

    /** Counted down by Ctrl-C (the shutdown hook) or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the cloud is closed: the shutdown hook waits for it, or the JVM would halt first. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AppToRun app;
        try {
            app = appToRun().checked();
        } catch (IllegalStateException cannotRun) {
            spec.commandLine().getErr().println("error: " + cannotRun.getMessage());
            return ExitCodes.FAILURE;
        }
        out.println("Starting the local cloud with " + app.stacks() + " ...");
        out.flush();
        LocalCloud cloud;
        try {
            cloud = LocalCloud.start(LocalCloudOptions.of(app.stacks().toArray(Path[]::new))
                    .withClassLoader(app.classLoader())
                    .withStage(stage)
                    .withPorts(port, adminPort)
                    .withConsole(line -> {
                        out.println(line);
                        out.flush();
                    }));
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Thread hook = new Thread(this::stopAndWait, "workshop-up-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            RunningCloud.record(new RunningCloud.Address(cloud.adminUrl(), cloud.httpUrl(), ProcessHandle.current().pid()));
            printBanner(cloud, out);
            stop.await();
        } finally {
            RunningCloud.forget();
            cloud.close();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is running, nothing to remove.
            }
        }
        out.println("Local cloud stopped.");
        out.flush();
        return ExitCodes.OK;
    }

    private void stopAndWait() {
        stop.countDown();
        try {
            stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AppToRun appToRun() {
        Path root = WorkshopHome.root();
        if (!stacks.isEmpty()) {
            return new AppToRun(stacks, classes);
        }
        return demo ? AppToRun.demo(root) : AppToRun.course(root, project);
    }

    private static void printBanner(LocalCloud cloud, PrintWriter out) {
        out.println();
        out.printf("Local cloud ready in %.1f s.%n", cloud.startupTime().toMillis() / 1000.0);
        out.println("Routes:");
        for (RouteInfo route : cloud.gateway().routes()) {
            out.printf("  %-7s %-40s → %s%n", route.method(), route.url(), route.function());
        }
        out.println("Sample movie site (the scraper's default url): " + cloud.sampleMoviesUrl());
        out.println("Sample site to crawl (./workshop crawl's default): " + cloud.sampleCrawlUrl());
        out.println("Tables:  " + String.join(", ", cloud.services().localDynamoDb().tables().tableNames()));
        out.println("Streams: " + String.join(", ", cloud.services().kinesis().listStreams().streamNames()));
        out.println("Functions: " + (cloud.functions().isEmpty()
                ? "none yet (the function stack declares none: exercise 08 writes them)"
                : String.join(", ", cloud.functions().keySet())));
        out.println("In another terminal: ./workshop scrape, ./workshop slack WORDS, ./workshop crawl, "
                + "./workshop table NAME, ./workshop logs FUNCTION, ./workshop fire FUNCTION");
        out.println("Admin endpoint: " + cloud.adminUrl() + "/resources. Ctrl-C stops.");
        out.println();
        out.flush();
    }
}
