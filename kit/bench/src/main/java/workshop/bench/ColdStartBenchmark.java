package workshop.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workshop.bench.stub.AwsStub;

/**
 * The cold-start benchmark ({@code scripts/bench-coldstart.sh}): every function of
 * solutions/serverless.yml started from the jar it deploys, in fresh JVMs with Lambda's settings on
 * one CPU, against a hello-world handler started the same way.
 *
 * <p>One warm-up round, then {@code --runs} rounds; a round starts the hello world and then each
 * function once, so drifts in the machine's load hit all of them alike (round-robin). Each run is
 * timed from the JVM's start to its exit (what Lambda's init and first invocation cost, plus the JVM's
 * own start and stop), and the probe inside reports its init and first invocation. The ratio to the
 * hello world of the same table is the figure to compare between machines. The same again with
 * AppCDS: one training run per jar writes a dynamic archive ({@code -XX:ArchiveClassesAtExit}), the
 * runs map it ({@code -XX:SharedArchiveFile}).
 *
 * <p>Figures only: the goal (every handler at most {@value #GOAL_RATIO}× the hello world) is printed,
 * never enforced. It exits 1 only when a function fails to start or answers wrongly.
 *
 * <pre>ColdStartBenchmark --probe-jar &lt;bench-*-probe.jar&gt; [--runs 7] [--root &lt;repository&gt;]</pre>
 */
public final class ColdStartBenchmark {

    static final double GOAL_RATIO = 8.0;

    private final Workspace workspace;
    private final int runs;
    private final AwsStub stub;
    private final ProbeLauncher launcher;
    private final Path work;
    private final PrintStream out = System.out;
    private final PrintStream progress = System.err;

    /** A function with the fixture it is invoked with. */
    private record Subject(BenchFunction function, Fixture fixture) {
        String name() {
            return function.name();
        }
    }

    /** A function that failed to start or answered wrongly: the benchmark stops, its figures would be wrong. */
    private static final class BrokenFunctionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenFunctionException(String message) {
            super(message);
        }
    }

    private ColdStartBenchmark(Workspace workspace, int runs, AwsStub stub, ProbeLauncher launcher, Path work) {
        this.workspace = workspace;
        this.runs = runs;
        this.stub = stub;
        this.launcher = launcher;
        this.work = work;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        Workspace workspace = options.containsKey("root") ? new Workspace(Path.of(options.get("root")))
                : Workspace.containing(Path.of(""));
        Path probeJar = Path.of(Optional.ofNullable(options.get("probe-jar"))
                .orElseThrow(() -> new IllegalArgumentException("--probe-jar <kit/bench/target/bench-*-probe.jar> is required")));
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }

        Path work = Files.createTempDirectory("bench-coldstart");
        try (AwsStub stub = AwsStub.start()) {
            new ColdStartBenchmark(workspace, runs, stub, new ProbeLauncher(probeJar, work, stub.endpoint(), true), work)
                    .run();
            deleteRecursively(work);
        } catch (BrokenFunctionException broken) {
            System.err.println("bench: " + broken.getMessage());
            System.err.println("bench: the children's files are in " + work);
            System.exit(1);
        }
    }

    private void run() {
        List<BenchFunction> functions = FunctionStack.load(workspace);
        BenchFunction hello = BenchFunction.helloWorld(LambdaJvm.jarOf(RequestHandler.class), functions.get(0).region());
        printMachine(functions);
        printJars(functions);

        List<Subject> subjects = subjects(hello, functions);
        Series plain = measure(subjects, Map.of(), "default JVM");
        printTable("Cold start, default JVM (the JDK's own CDS archive only)", plain, null);

        Map<String, List<String>> archives = train(subjects);
        Series withArchives = measure(subjects, archives, "AppCDS");
        printTable("Cold start with AppCDS (one dynamic archive per jar, from one training run of all its functions)",
                withArchives, plain);
        out.printf(Locale.ROOT, "%nLoad average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // --- What is measured ------------------------------------------------------------------------------

    /** The hello world first, then every function that can run: its jar, handler class and fixture exist. */
    private List<Subject> subjects(BenchFunction hello, List<BenchFunction> functions) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(hello, Fixture.of(hello.name()).orElseThrow()));
        for (BenchFunction function : functions) {
            Optional<String> reason = whyNotRunnable(function);
            if (reason.isPresent()) {
                out.println("skipped: " + function.name() + ": " + reason.get());
            } else {
                subjects.add(new Subject(function, Fixture.of(function.name()).orElseThrow()));
            }
        }
        return subjects;
    }

    private static Optional<String> whyNotRunnable(BenchFunction function) {
        if (function.jar() == null) {
            return Optional.of("serverless.yml names no package.artifact for it");
        }
        try {
            JarContents jar = JarContents.read(function.jar());
            if (!jar.contains(function.handlerClassFile())) {
                return Optional.of(function.handlerClass() + " is not in " + jar.file().getFileName() + " (yet)");
            }
        } catch (IOException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        if (Fixture.of(function.name()).isEmpty()) {
            return Optional.of("no fixture (kit/bench/src/main/resources/workshop/bench/fixtures/" + function.name()
                    + ".json)");
        }
        return Optional.empty();
    }

    /** A warm-up round (which also logs where classes come from), then the measured rounds, round-robin. */
    private Series measure(List<Subject> subjects, Map<String, List<String>> flags, String what) {
        progress.printf(Locale.ROOT, "bench: %s: 1 warm-up round, then %d rounds of %d JVMs ...%n", what, runs,
                subjects.size());
        Series series = new Series();
        for (Subject subject : subjects) {
            Path log = work.resolve(subject.name() + "-" + what.replace(' ', '-') + "-classes.log");
            List<String> warmUpFlags = Stream.concat(flags.getOrDefault(subject.name(), List.of()).stream(),
                    Stream.of(ClassLoadLog.option(log))).toList();
            checked(subject, warmUpFlags);
            series.addClassSources(subject.name(), ClassLoadLog.read(log));
        }
        for (int round = 1; round <= runs; round++) {
            for (Subject subject : subjects) {
                series.add(subject.name(), checked(subject, flags.getOrDefault(subject.name(), List.of())));
            }
        }
        return series;
    }

    private ProbeRun checked(Subject subject, List<String> flags) {
        Invocation invocation = subject.fixture().prepare(stub.endpoint(), subject.function().environment(), Instant.now());
        ProbeRun run = launcher.coldStart(subject.function(), invocation, flags);
        Optional<String> problem = run.exitCode() != 0 ? Optional.of("exit code " + run.exitCode())
                : run.response().isEmpty() ? Optional.of("no response printed")
                : invocation.problemWith(run.response().get());
        if (problem.isPresent()) {
            throw new BrokenFunctionException(subject.name() + ": " + problem.get() + "\n" + run.transcript());
        }
        return run;
    }

    /** One training run per jar; returns, per function, the flag that maps its jar's archive. */
    private Map<String, List<String>> train(List<Subject> subjects) {
        Map<Path, List<Subject>> byJar = subjects.stream().collect(Collectors.groupingBy(
                subject -> subject.function().jar(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<String>> flags = new HashMap<>();
        for (Map.Entry<Path, List<Subject>> jar : byJar.entrySet()) {
            String jarName = jar.getKey().getFileName().toString();
            Path archive = work.resolve(jarName.replaceFirst("\\.jar$", "") + ".jsa");
            List<BenchFunction> functions = jar.getValue().stream().map(Subject::function).toList();
            List<Invocation> invocations = jar.getValue().stream().map(subject -> subject.fixture().prepare(
                    stub.endpoint(), subject.function().environment(), Instant.now())).toList();

            ProbeRun training = launcher.train(functions, invocations, archive);
            if (!Files.isRegularFile(archive)) {
                throw new BrokenFunctionException("the training run of " + jarName + " wrote no archive\n"
                        + training.transcript());
            }
            progress.printf(Locale.ROOT, "bench: trained %s (%s): archive %.1f MB, %.0f ms%s%n", jarName,
                    functions.stream().map(BenchFunction::name).collect(Collectors.joining(", ")),
                    size(archive) / (1024.0 * 1024.0), training.wallMillis(),
                    training.exitCode() == 0 ? "" : " (an invocation failed: the archive holds what was loaded)");
            jar.getValue().forEach(subject -> flags.put(subject.name(), List.of("-XX:SharedArchiveFile=" + archive)));
        }
        return flags;
    }

    // --- The report ----------------------------------------------------------------------------------------

    private void printMachine(List<BenchFunction> functions) {
        out.println("== Cold-start benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.printf(Locale.ROOT, "Machine: %d CPUs (%s), %s %s, %s %s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int memory = functions.get(0).memorySize();
        out.printf("Each run: a fresh JVM, %sjava %s -cp <function jar>:<probe jar>:<serialization jar> %s%n",
                launcher.pinnedWithTaskset() ? "taskset -c 0 " : "(no taskset: not pinned) ",
                String.join(" ", launcher.jvmFlags(memory)), "workshop.bench.probe.ColdStartProbe ...");
        out.printf("  -Xms/-Xmx = the function's memorySize (%s MB); AWS answered by a loopback stub (%s);"
                        + " %d measured runs per function after 1 warm-up, round-robin with the hello world%n",
                functions.stream().map(function -> Integer.toString(function.memorySize())).distinct()
                        .collect(Collectors.joining(", ")), stub.endpoint(), runs);
        out.println("Stack: " + workspace.root().relativize(workspace.functionStack()) + ", " + functions.size()
                + " functions");
    }

    private void printJars(List<BenchFunction> functions) {
        out.println();
        out.println("== Jar size (budget " + JarRules.MAX_BYTES + " bytes = 10 MB per jar)");
        Map<Path, List<String>> deployedBy = new LinkedHashMap<>();
        functions.stream().filter(function -> function.jar() != null).forEach(function ->
                deployedBy.computeIfAbsent(function.jar(), jar -> new ArrayList<>()).add(function.name()));
        for (Map.Entry<Path, List<String>> jar : deployedBy.entrySet()) {
            try {
                JarContents contents = JarContents.read(jar.getKey());
                List<String> problems = JarRules.problems(contents);
                out.printf(Locale.ROOT, "  %-12s %6.2f MB  %9d bytes  %5d entries  %s  deployed by %s%n",
                        contents.file().getFileName(), contents.sizeMegabytes(), contents.sizeBytes(),
                        contents.entries().size(), problems.isEmpty() ? "ok" : "PROBLEMS: " + problems,
                        String.join(", ", jar.getValue()));
            } catch (IOException | IllegalStateException e) {
                out.println("  " + jar.getKey().getFileName() + ": " + e.getMessage());
            }
        }
        out.println();
    }

    private void printTable(String title, Series series, Series baseline) {
        String hello = BenchFunction.HELLO_WORLD;
        double helloWall = series.medianWall(hello);
        String row = "%-15s %8s %8s %22s %12s %11s  %s%n";
        out.println();
        out.println("== " + title);
        out.printf(row, "function", "wall ms", "× hello", "in-JVM init+invoke ms", "CDS classes",
                baseline == null ? "" : "vs default", "wall ms of each run");
        for (String function : series.functions()) {
            double wall = series.medianWall(function);
            double init = series.medianInit(function);
            double invoke = series.medianInvoke(function);
            out.printf(row, function, format("%.0f", wall), format("%.2f×", wall / helloWall),
                    format("%.0f + %.0f = %.0f", init, invoke, init + invoke), series.classSources(function),
                    baseline == null ? "" : format("%.2f×", wall / baseline.medianWall(function)),
                    series.walls(function).stream().map(ms -> format("%.0f", ms)).collect(Collectors.joining(" ")));
        }
        String slowest = series.functions().stream().filter(function -> !function.equals(hello))
                .max(Comparator.comparingDouble(series::medianWall)).orElse(hello);
        double highest = series.medianWall(slowest) / helloWall;
        out.printf(Locale.ROOT, "goal: every handler at most %.0f× the hello world: %s (highest: %s, %.2f×)%n",
                GOAL_RATIO, highest <= GOAL_RATIO ? "met" : "NOT MET", slowest, highest);
        out.println("(medians. wall: JVM start to exit, timed by the parent. in-JVM: the handler's init and first"
                + " invocation, timed by the probe. CDS classes: classes mapped from a CDS archive / classes loaded,"
                + " in the warm-up run" + (baseline == null ? "" : ". vs default: this wall / the default JVM's") + ")");
    }

    private static String format(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }

    // --- Helpers ---------------------------------------------------------------------------------------------

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: ColdStartBenchmark --probe-jar <jar> [--runs N]"
                        + " [--root <repository>]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown model");
        } catch (IOException | UncheckedIOException e) {
            return "unknown model";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
