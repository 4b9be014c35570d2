package workshop.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import workshop.localcloud.admin.AdminServer;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.config.LoadOptions;
import workshop.localcloud.config.Location;
import workshop.localcloud.config.ServerlessYamlLoader;
import workshop.localcloud.functions.AsyncInvoker;
import workshop.localcloud.functions.FunctionConsole;
import workshop.localcloud.functions.LocalFunction;
import workshop.localcloud.http.LocalApiGateway;
import workshop.localcloud.schedule.LocalScheduler;
import workshop.localcloud.streams.EventSourceMapping;
import workshop.localcloud.streams.StreamFaults;
import workshop.support.AwsClients;

/**
 * A serverless.yml app running offline, in this JVM, the way AWS runs it.
 *
 * <p>{@link #start} reads the stacks (resources stack first), creates their resources in the local
 * services, installs the local clients into {@link AwsClients}, loads every handler, and connects
 * each event: HTTP routes on a loopback API, stream pollers, SNS subscriptions, schedules. Then the
 * admin endpoint answers the {@code ./workshop} commands.
 *
 * <p>One local cloud runs in a JVM at a time: like Lambda's execution environment, the clients in
 * {@link AwsClients} are per JVM, and the cloud installs its own there until it is closed.
 */
public final class LocalCloud implements AutoCloseable {

    /** Retries of asynchronous invocations (SNS, schedules) come this much apart, then twice that. */
    static final Duration ASYNC_RETRY_DELAY = Duration.ofMillis(200);

    private final List<AppDefinition> stacks;
    private final LocalServices services;
    private final LocalApiGateway gateway;
    private final LocalScheduler scheduler;
    private final AsyncInvoker asyncInvoker;
    private final FunctionDeployer deployer;
    private final Faults faults;
    private final AdminServer admin;
    private final Duration startupTime;

    private LocalCloud(List<AppDefinition> stacks, LocalServices services, LocalApiGateway gateway,
                       LocalScheduler scheduler, AsyncInvoker asyncInvoker, FunctionDeployer deployer, Faults faults,
                       AdminServer admin, Duration startupTime) {
        this.stacks = stacks;
        this.services = services;
        this.gateway = gateway;
        this.scheduler = scheduler;
        this.asyncInvoker = asyncInvoker;
        this.deployer = deployer;
        this.faults = faults;
        this.admin = admin;
        this.startupTime = startupTime;
    }

    /**
     * Starts the app. A stack that cannot run raises a {@link workshop.localcloud.config.ConfigException}
     * whose one-line message names the file, the line and what to fix; nothing is left running then.
     */
    public static LocalCloud start(LocalCloudOptions options) {
        Instant begin = Instant.now();
        Clock clock = Clock.systemUTC();
        FunctionConsole.install();
        List<AppDefinition> stacks = new ServerlessYamlLoader(LoadOptions.defaults()
                .withStage(options.stage())
                .withEnvironment(options.environment()))
                .loadAll(options.stacks());
        String region = sameRegion(stacks);

        List<AutoCloseable> started = new ArrayList<>();
        try {
            LocalServices services = remember(started, LocalServices.start(region, clock));
            StreamWakeups wakeups = new StreamWakeups();
            services.localKinesis().addRecordListener(wakeups::kinesisStreamWritten);
            services.localDynamoDb().interceptor().addWriteListener(wakeups::tableWritten);

            ResourceProvisioner provisioner = new ResourceProvisioner(services, line -> options.console().accept("[local cloud] " + line));
            stacks.forEach(stack -> stack.resources().values().forEach(provisioner::create));
            AwsClients.install(services);

            LocalApiGateway gateway = remember(started, new LocalApiGateway(options.httpPort()));
            LocalScheduler scheduler = remember(started, LocalScheduler.onSystemClock());
            AsyncInvoker asyncInvoker = remember(started, new AsyncInvoker(ASYNC_RETRY_DELAY,
                    line -> options.console().accept("[local cloud] " + line)));
            StreamFaults streamFaults = new StreamFaults();
            FunctionDeployer deployer = new FunctionDeployer(services, gateway, scheduler, asyncInvoker, streamFaults,
                    wakeups, options.classLoader(), options.console(), clock);
            started.add(deployer::close);
            stacks.forEach(deployer::deploy);
            gateway.start();

            LocalCloud[] cloud = new LocalCloud[1];
            AdminServer admin = remember(started, AdminServer.start(new LocalCloudView(() -> cloud[0]), options.adminPort()));
            cloud[0] = new LocalCloud(stacks, services, gateway, scheduler, asyncInvoker, deployer,
                    new Faults(services, streamFaults, options.faultSeed()), admin,
                    Duration.between(begin, Instant.now()));
            return cloud[0];
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException("the admin endpoint could not start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The stacks' region: they must share one, as CloudFormation exports only reach their own region. */
    private static String sameRegion(List<AppDefinition> stacks) {
        AppDefinition first = stacks.get(0);
        for (AppDefinition stack : stacks) {
            if (!stack.region().equals(first.region())) {
                throw new ConfigException(new Location(stack.file(), 0), "this stack is in region " + stack.region()
                        + " but " + first.file() + " is in " + first.region() + "; exports only reach stacks of "
                        + "the same region: give both the same provider.region (or set AWS_REGION)");
            }
        }
        return first.region();
    }

    private static <T extends AutoCloseable> T remember(List<AutoCloseable> started, T resource) {
        started.add(resource);
        return resource;
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception ignored) {
                // Closing is best effort: the first failure is what the caller needs to see.
            }
        }
        AwsClients.reset();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:3000}. */
    public String httpUrl() {
        return gateway.baseUrl();
    }

    /**
     * The first page of the sample movie site the API serves, e.g.
     * {@code http://127.0.0.1:3000/sample/movies}: the scraper's default page.
     */
    public String sampleMoviesUrl() {
        return gateway.sampleMoviesUrl();
    }

    /**
     * The start page of the sample crawl site the API serves, e.g.
     * {@code http://127.0.0.1:3000/sample/crawl/}; its robots.txt is at the API's root. The requests
     * it answered are in {@code gateway().sampleCrawlRequests()}.
     */
    public String sampleCrawlUrl() {
        return gateway.sampleCrawlUrl();
    }

    /** The admin endpoint's base URL, e.g. {@code http://127.0.0.1:4510/admin}. */
    public String adminUrl() {
        return admin.url();
    }

    public Duration startupTime() {
        return startupTime;
    }

    public List<AppDefinition> stacks() {
        return stacks;
    }

    public LocalServices services() {
        return services;
    }

    public LocalApiGateway gateway() {
        return gateway;
    }

    public LocalScheduler scheduler() {
        return scheduler;
    }

    public Faults faults() {
        return faults;
    }

    public Map<String, LocalFunction> functions() {
        return deployer.functions();
    }

    /** A function by its name in serverless.yml. */
    public LocalFunction function(String name) {
        LocalFunction function = deployer.functions().get(name);
        if (function == null) {
            throw new NoSuchElementException("no function '" + name + "' (functions: "
                    + String.join(", ", deployer.functions().keySet()) + ")");
        }
        return function;
    }

    public List<EventSourceMapping> streamMappings() {
        return deployer.streamMappings();
    }

    /** Fires the function's schedules now, as EventBridge would at their time; returns how many. */
    public int fireSchedules(String functionName) {
        function(functionName);
        List<String> schedules = deployer.schedulesOf(functionName);
        schedules.forEach(scheduler::fireNow);
        return schedules.size();
    }

    /**
     * Waits until the app has nothing left to do: every stream poller has read its shards to the
     * end and waits for new records, and no asynchronous invocation (SNS, schedule) is queued or
     * running. Checked twice in a row, since finished work may have started new work.
     *
     * @return false if the app was still busy when the timeout passed
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        while (System.nanoTime() < deadline) {
            quietChecks = isIdle() ? quietChecks + 1 : 0;
            if (quietChecks == 2) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private boolean isIdle() {
        return asyncInvoker.pending() == 0
                && deployer.streamMappings().stream().allMatch(EventSourceMapping::isCaughtUp);
    }

    @Override
    public void close() {
        closeAll(List.of(services, gateway, scheduler, asyncInvoker, deployer::close, admin));
    }
}
