package workshop.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM, with the settings of Lambda's {@code java17} runtime:
 * <ul>
 *   <li>{@code -XX:+TieredCompilation -XX:TieredStopAtLevel=1}: C1 only, Lambda's default for Java 17
 *       ("Customize Java runtime startup behavior", AWS Lambda developer guide);</li>
 *   <li>{@code -XX:+UseSerialGC}: the runtime's default collector (same page);</li>
 *   <li>a fixed heap the size of the function's memory ({@code -Xms} = {@code -Xmx}), so that runs do
 *       not depend on this machine's RAM, from which the JVM would size its heap by default;</li>
 *   <li>optionally one CPU, as a 1024 MB function has less than one vCPU: the JVM is told so
 *       ({@code -XX:ActiveProcessorCount=1}: one GC and compiler thread, like a small function) and,
 *       where {@code taskset} exists, is pinned to CPU 0 so it cannot spread work over the others.</li>
 * </ul>
 * The classpath is {@code <function jar>:<probe jar>:<aws-lambda-java-serialization jar>}: the
 * function's own code first, then what Lambda's runtime brings.
 */
final class LambdaJvm {

    private final Path probeJar;
    private final Path serializationJar;
    private final boolean oneCpu;

    LambdaJvm(Path probeJar, Path serializationJar, boolean oneCpu) {
        this.probeJar = probeJar;
        this.serializationJar = serializationJar;
        this.oneCpu = oneCpu;
    }

    boolean pinnedToOneCpu() {
        return oneCpu;
    }

    /** {@code [taskset -c 0] java <Lambda's flags> <extraFlags> -cp <classpath> <mainClass> <arguments>}. */
    List<String> command(BenchFunction function, List<String> extraFlags, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (oneCpu && taskset() != null) {
            command.addAll(List.of(taskset().toString(), "-c", "0"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags(function.memorySize()));
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classpath(function.jar()), mainClass));
        command.addAll(arguments);
        return command;
    }

    List<String> flags(int memoryMegabytes) {
        List<String> flags = new ArrayList<>(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xms" + memoryMegabytes + "m", "-Xmx" + memoryMegabytes + "m"));
        if (oneCpu) {
            flags.add("-XX:ActiveProcessorCount=1");
        }
        return flags;
    }

    String classpath(Path functionJar) {
        return String.join(File.pathSeparator, functionJar.toString(), probeJar.toString(), serializationJar.toString());
    }

    /** {@code taskset}, when this machine has it (Linux); null otherwise. */
    static Path taskset() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "taskset");
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The jar a class was loaded from, e.g. aws-lambda-java-serialization's. */
    static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
