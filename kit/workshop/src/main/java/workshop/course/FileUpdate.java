package workshop.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One file that catch-up or reset would write into the attendee's project.
 *
 * @param file     relative to the project folder, as course.yaml lists it
 * @param target   where it is written
 * @param content  what is written
 * @param state    what the attendee would lose
 */
public record FileUpdate(Exercise exercise, String file, Path target, byte[] content, State state) {

    /** The target as it is now, compared with what would be written. */
    public enum State {
        /** Already has the content: nothing to do. */
        SAME,
        /** Differs, but holds none of the attendee's work (it is the pristine stub, or absent). */
        SAFE,
        /** Holds the attendee's changes: writing over it loses them. */
        OVERWRITES_CHANGES
    }

    /** Writes every update that changes something. */
    public static void apply(List<FileUpdate> updates) {
        for (FileUpdate update : updates) {
            if (update.state() != State.SAME) {
                try {
                    Files.createDirectories(update.target().getParent());
                    Files.write(update.target(), update.content());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static byte[] readOrNull(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && Arrays.equals(a, b);
    }
}
