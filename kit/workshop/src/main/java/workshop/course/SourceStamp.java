package workshop.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of a project's build inputs: every file's path, size and modification time under
 * the source folders, and the class path file. Reading attributes only (no contents) keeps it cheap
 * enough to run on every verify; an editor saving a file changes its time, so an edit is never missed.
 */
final class SourceStamp {

    private SourceStamp() {
    }

    static String of(List<Path> folders, List<Path> files) {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> add(digest, file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.stream().filter(Files::isRegularFile).forEach(file -> add(digest, file));
        digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            digest.update((file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
