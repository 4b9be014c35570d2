package workshop.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The course as exercises/course.yaml describes it: its exercises in order.
 * {@link CourseLoader} reads it; every command of the course engine works from it.
 */
public record Course(String title, List<Exercise> exercises, Path source) {

    public Course {
        exercises = List.copyOf(exercises);
    }

    /**
     * The exercise an attendee means: its number ("1", "01") or its id ("01-parse-the-listing"), or
     * its slug ("parse-the-listing").
     */
    public Optional<Exercise> find(String reference) {
        String wanted = reference.strip().toLowerCase(Locale.ROOT);
        for (Exercise exercise : exercises) {
            if (exercise.id().equals(wanted) || exercise.id().substring(3).equals(wanted)) {
                return Optional.of(exercise);
            }
        }
        if (wanted.matches("\\d{1,3}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= exercises.size()) {
                return Optional.of(exercises.get(number - 1));
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find}, with a message that lists the exercises when nothing matches. */
    public Exercise get(String reference) {
        return find(reference).orElseThrow(() -> new IllegalArgumentException(
                "no exercise '" + reference + "': use a number from 1 to " + exercises.size()
                        + " or an id such as " + exercises.get(0).id() + " (./workshop list shows them)"));
    }

    /** Exercises 1..{@code exercise}, in order: what a catch-up to it applies. */
    public List<Exercise> upTo(Exercise exercise) {
        return new ArrayList<>(exercises.subList(0, exercise.number()));
    }

    /** The exercise that owns a file (relative to the project folder), if any. */
    public Optional<Exercise> ownerOf(String file) {
        return exercises.stream().filter(exercise -> exercise.files().contains(file)).findFirst();
    }
}
