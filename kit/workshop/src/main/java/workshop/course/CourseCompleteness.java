package workshop.course;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished course needs beyond a well-formed course.yaml: every listed file exists in the
 * attendee's project and in the reference project, and every exercise has hints. The integrity check
 * requires none of these problems; the everyday commands do not, so a course can be written step by step.
 */
public final class CourseCompleteness {

    private CourseCompleteness() {
    }

    /** The problems, as {@code course.yaml:line: problem}; empty when the course is complete. */
    public static List<String> problems(Course course, CourseLayout layout) {
        List<String> problems = new ArrayList<>();
        String where = layout.display(course.source());
        for (Exercise exercise : course.exercises()) {
            for (String file : exercise.files()) {
                if (!Files.isRegularFile(layout.project().resolve(file))) {
                    problems.add(where + ":" + exercise.line() + ": " + exercise.id() + " lists " + file
                            + ", missing in " + layout.display(layout.project()) + "/");
                }
                if (!Files.isRegularFile(layout.reference().resolve(file))) {
                    problems.add(where + ":" + exercise.line() + ": " + exercise.id() + " lists " + file
                            + ", missing in " + layout.display(layout.reference()) + "/");
                }
            }
            if (exercise.hints().isEmpty()) {
                problems.add(where + ":" + exercise.line() + ": " + exercise.id() + " has no hints");
            }
        }
        return problems;
    }
}
