package workshop.course;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The project's files as the course ships them, before the attendee's edits: read from git, from the
 * upstream's HEAD ({@code origin/HEAD}) when the clone has one, else from the local {@code HEAD}.
 * Upstream first, because an attendee may have committed their own work: their HEAD is not pristine.
 */
public class PristineFiles {

    private static final List<String> REVISIONS = List.of("origin/HEAD", "HEAD");

    private final CourseLayout layout;

    public PristineFiles(CourseLayout layout) {
        this.layout = layout;
    }

    /** The pristine content of a project file (path relative to the project folder); empty when git does not know it. */
    public Optional<byte[]> read(String file) {
        String inRepository = layout.root().relativize(layout.project()).resolve(file).toString().replace('\\', '/');
        for (String revision : REVISIONS) {
            Optional<byte[]> content = gitShow(revision + ":" + inRepository);
            if (content.isPresent()) {
                return content;
            }
        }
        return Optional.empty();
    }

    private Optional<byte[]> gitShow(String object) {
        try {
            Process git = new ProcessBuilder("git", "-C", layout.root().toString(), "show", object)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] content;
            try (InputStream out = git.getInputStream()) {
                content = out.readAllBytes();
            }
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine: nothing is known to be pristine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** For messages: where the pristine files come from. */
    public static String source() {
        return "git (" + String.join(", else ", REVISIONS) + ")";
    }
}
