package workshop.course;

import java.util.List;

/**
 * One exercise of exercises/course.yaml.
 *
 * @param id      {@code NN-slug}, e.g. {@code 01-parse-the-listing}; NN is its position in the course
 * @param title   one line
 * @param minutes the estimated time for an attendee
 * @param files   what the attendee edits, relative to the project folder (skeleton/ or solutions/)
 * @param tests   fully qualified names of the JUnit classes that verify it
 * @param hints   from a nudge to nearly the answer
 * @param line    where it starts in course.yaml, for messages
 */
public record Exercise(String id, String title, int minutes, List<String> files, List<String> tests,
                       List<String> hints, int line) {

    public Exercise {
        files = List.copyOf(files);
        tests = List.copyOf(tests);
        hints = List.copyOf(hints);
    }

    /** Its position in the course, from 1: the NN of its id. */
    public int number() {
        return Integer.parseInt(id.substring(0, 2));
    }

    /** The exercise's text, relative to the repository's root. */
    public String readmePath() {
        return "exercises/" + id + "/README.md";
    }
}
