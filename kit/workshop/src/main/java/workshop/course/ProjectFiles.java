package workshop.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans what catch-up and reset write into the attendee's project, and what that would overwrite,
 * so that the command can ask before an attendee's work is lost.
 */
public final class ProjectFiles {

    private final CourseLayout layout;
    private final PristineFiles pristine;

    public ProjectFiles(CourseLayout layout, PristineFiles pristine) {
        this.layout = layout;
        this.pristine = pristine;
    }

    /**
     * Catch-up to {@code exercises}: each one's files from the reference project. A file holds the
     * attendee's changes when it differs from the reference and from the pristine stub (when git does
     * not know the stub, any difference from the reference counts as a change: better to ask once too often).
     */
    public List<FileUpdate> catchUp(List<Exercise> exercises) {
        List<FileUpdate> updates = new ArrayList<>();
        for (Exercise exercise : exercises) {
            for (String file : exercise.files()) {
                Path reference = layout.reference().resolve(file);
                byte[] content = FileUpdate.readOrNull(reference);
                if (content == null) {
                    throw new CourseEngineException(exercise.id() + ": the reference file " + layout.display(reference)
                            + " is missing");
                }
                Path target = layout.project().resolve(file);
                byte[] current = FileUpdate.readOrNull(target);
                FileUpdate.State state;
                if (FileUpdate.same(current, content)) {
                    state = FileUpdate.State.SAME;
                } else if (current == null || pristine.read(file).map(stub -> FileUpdate.same(stub, current)).orElse(false)) {
                    state = FileUpdate.State.SAFE;
                } else {
                    state = FileUpdate.State.OVERWRITES_CHANGES;
                }
                updates.add(new FileUpdate(exercise, file, target, content, state));
            }
        }
        return updates;
    }

    /** Reset of {@code exercise}: its files back to the pristine stubs. */
    public List<FileUpdate> reset(Exercise exercise) {
        List<FileUpdate> updates = new ArrayList<>();
        for (String file : exercise.files()) {
            Optional<byte[]> stub = pristine.read(file);
            if (stub.isEmpty()) {
                throw new CourseEngineException("cannot reset " + file + ": its pristine version is not in "
                        + PristineFiles.source() + " (is this a git clone of the workshop?)");
            }
            Path target = layout.project().resolve(file);
            byte[] current = FileUpdate.readOrNull(target);
            FileUpdate.State state = FileUpdate.same(current, stub.get()) ? FileUpdate.State.SAME
                    : current == null ? FileUpdate.State.SAFE : FileUpdate.State.OVERWRITES_CHANGES;
            updates.add(new FileUpdate(exercise, file, target, stub.get(), state));
        }
        return updates;
    }
}
