package workshop.bench;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import workshop.bench.probe.ColdStartProbe;
import workshop.bench.probe.TrainingRun;

/**
 * Runs the child JVMs, one per cold start: the probe on a function's jar, with Lambda's JVM settings
 * ({@link LambdaJvm}) and environment ({@link LambdaEnvironment}), AWS answered by the stub. The
 * parent measures each JVM from its start to its exit; the JVM's output goes to files in the work
 * folder, read once it has exited.
 */
public final class ProbeLauncher {

    /** How long a child may take beyond its function's timeout before it is stopped. */
    private static final int MARGIN_SECONDS = 60;

    private final LambdaJvm jvm;
    private final Path workFolder;
    private final URI stub;
    private int runs;

    /**
     * @param probeJar   the probe's jar ({@code kit/bench/target/bench-*-probe.jar})
     * @param workFolder where event files, outputs and archives go
     * @param stub       the AWS stub's endpoint
     * @param oneCpu     run the children on one CPU, as the benchmark does (the smoke test does not)
     */
    public ProbeLauncher(Path probeJar, Path workFolder, URI stub, boolean oneCpu) {
        if (!Files.isRegularFile(probeJar)) {
            throw new IllegalStateException("the probe jar " + probeJar + " is missing: build kit/bench first"
                    + " (./mvnw -pl kit/bench process-classes)");
        }
        // The runtime's serialisation library, found where this JVM loaded it from (the local Maven repository).
        this.jvm = new LambdaJvm(probeJar, LambdaJvm.jarOf(LambdaEventSerializers.class), oneCpu);
        this.workFolder = workFolder;
        this.stub = stub;
    }

    /** The JVM flags every child gets for a function of this memory size (for the report). */
    public List<String> jvmFlags(int memoryMegabytes) {
        return jvm.flags(memoryMegabytes);
    }

    public boolean pinnedWithTaskset() {
        return jvm.pinnedToOneCpu() && LambdaJvm.taskset() != null;
    }

    /** One cold start: a fresh JVM builds the handler and invokes it once. */
    public ProbeRun coldStart(BenchFunction function, Invocation invocation, List<String> extraJvmFlags) {
        int run = ++runs;
        Path event = write(function.name() + "-" + run + ".json", invocation.event());
        List<String> command = jvm.command(function, extraJvmFlags, ColdStartProbe.class.getName(),
                List.of(function.handlerClass(), event.toString(), Integer.toString(function.timeoutSeconds())));
        return run(function.name() + "-" + run, command, LambdaEnvironment.of(function, invocation.environment(),
                stub, noSuchFile()), function.timeoutSeconds());
    }

    /**
     * The AppCDS training run of one jar: every function deploying it, invoked in one JVM that writes the
     * archive at exit. The functions' environments are merged: they must not give one variable two values.
     */
    public ProbeRun train(List<BenchFunction> functions, List<Invocation> invocations, Path archive) {
        int run = ++runs;
        Map<String, String> variables = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>(List.of(Integer.toString(functions.get(0).timeoutSeconds())));
        for (int i = 0; i < functions.size(); i++) {
            BenchFunction function = functions.get(i);
            invocations.get(i).environment().forEach((name, value) -> {
                String other = variables.putIfAbsent(name, value);
                if (other != null && !other.equals(value)) {
                    throw new IllegalStateException("the functions of " + function.jar().getFileName() + " give "
                            + name + " different values (" + other + ", " + value + "): they cannot be trained"
                            + " in one JVM");
                }
            });
            Path event = write("training-" + run + "-" + function.name() + ".json", invocations.get(i).event());
            arguments.add(function.handlerClass() + "=" + event);
        }
        List<String> command = jvm.command(functions.get(0), List.of("-XX:ArchiveClassesAtExit=" + archive),
                TrainingRun.class.getName(), arguments);
        return run("training-" + run, command, LambdaEnvironment.of(functions.get(0), variables, stub, noSuchFile()),
                functions.get(0).timeoutSeconds() * functions.size());
    }

    private ProbeRun run(String label, List<String> command, Map<String, String> environment, int timeoutSeconds) {
        Path output = workFolder.resolve(label + ".out");
        Path errors = workFolder.resolve(label + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            boolean exited = process.waitFor(timeoutSeconds + MARGIN_SECONDS, TimeUnit.SECONDS);
            long end = System.nanoTime();
            if (!exited) {
                process.destroyForcibly().waitFor();
                return ProbeRun.of(-1, (end - start) / 1e6, Files.readString(output),
                        Files.readString(errors) + "\n(stopped: still running " + (timeoutSeconds + MARGIN_SECONDS)
                                + " s after its start)");
            }
            return ProbeRun.of(process.exitValue(), (end - start) / 1e6, Files.readString(output),
                    Files.readString(errors));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + label, e);
        }
    }

    private Path write(String fileName, String content) {
        try {
            return Files.writeString(workFolder.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the SDK is told its profile files are: nowhere, as on Lambda. */
    private Path noSuchFile() {
        return workFolder.resolve("no-aws-profile");
    }
}
