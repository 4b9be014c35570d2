package workshop.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import workshop.course.Exercise;
import workshop.course.FileUpdate;

/** Small pieces the course commands share. */
final class CourseCommands {

    private CourseCommands() {
    }

    /** The exercise named on the command line; an unknown one is a usage error (exit 2). */
    static Exercise exercise(CommandSpec spec, CourseSession session, String reference) {
        try {
            return session.course.get(reference);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Asks before files holding the attendee's changes are overwritten; true to go ahead.
     * {@code yes} (the --yes option) answers for scripts.
     */
    static boolean mayOverwrite(List<FileUpdate> updates, boolean yes, CourseSession session, PrintWriter out, PrintWriter err) {
        List<FileUpdate> losing = updates.stream().filter(u -> u.state() == FileUpdate.State.OVERWRITES_CHANGES).toList();
        if (losing.isEmpty() || yes) {
            return true;
        }
        out.println("These files hold your changes, which would be lost:");
        losing.forEach(update -> out.println("  " + session.display(update.target())));
        if (Prompt.confirm(out, "Overwrite them?")) {
            return true;
        }
        err.println("nothing changed (--yes overwrites without asking)");
        return false;
    }
}
