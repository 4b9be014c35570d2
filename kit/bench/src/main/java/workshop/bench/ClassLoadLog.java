package workshop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many of the classes a JVM loaded came from a CDS archive, read from its
 * {@code -Xlog:class+load=info:file=<log>}: each line names a class and its source, {@code shared objects
 * file} (the JDK's archive) or {@code shared objects file (top)} (a dynamic AppCDS archive) when it was
 * mapped from an archive instead of being read, parsed and verified.
 *
 * @param fromArchives the classes mapped from an archive (the JDK's or the application's)
 * @param loaded       all the classes the JVM loaded
 */
record ClassLoadLog(int fromArchives, int loaded) {

    /** The JVM option that writes the log this class reads. */
    static String option(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }

    static ClassLoadLog read(Path log) {
        try {
            List<String> classes = Files.readAllLines(log).stream().filter(line -> line.contains(" source: ")).toList();
            int shared = (int) classes.stream().filter(line -> line.contains("source: shared objects file")).count();
            return new ClassLoadLog(shared, classes.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class-load log " + log, e);
        }
    }

    @Override
    public String toString() {
        return fromArchives + "/" + loaded;
    }
}
