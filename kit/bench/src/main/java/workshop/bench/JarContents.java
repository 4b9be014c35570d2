package workshop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A jar's size on disk and the names of its entries.
 *
 * @param file      the jar
 * @param sizeBytes its size on disk: what Lambda's 250 MB (unzipped) and the course's 10 MB budget count
 * @param entries   every entry name, e.g. {@code workshop/slack/LoggerHandler.class}
 */
public record JarContents(Path file, long sizeBytes, Set<String> entries) {

    /** Reads a jar; fails with the command that builds it when it is missing. */
    public static JarContents read(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build solutions first: ./mvnw -pl solutions package"
                    + " (if it is still missing, serverless.yml names a jar that solutions/pom.xml does not build)");
        }
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        return new JarContents(jar, Files.size(jar), Collections.unmodifiableSet(names));
    }

    public boolean contains(String entry) {
        return entries.contains(entry);
    }

    /** The entries whose name starts with {@code prefix}, e.g. every class of a package tree. */
    public List<String> entriesUnder(String prefix) {
        return entries.stream().filter(name -> name.startsWith(prefix)).toList();
    }

    public double sizeMegabytes() {
        return sizeBytes / (1024.0 * 1024.0);
    }
}
