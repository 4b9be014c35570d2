package workshop.course;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An attendee's progress through the course: the last verdict on each exercise and how many hints
 * of each they have seen. {@link ProgressStore} keeps it in .workshop/progress.json.
 */
public final class Progress {

    /** Where an exercise stands. */
    public enum State {
        /** Never verified, nor caught up. */
        NOT_STARTED,
        /** Its tests passed at the last verify. */
        VERIFIED,
        /** The last verify failed. */
        FAILED,
        /** The reference files were applied by catch-up. */
        CAUGHT_UP
    }

    /** The record of one exercise, as stored. */
    public record Entry(State state, Instant at, Instant firstVerifiedAt) {
    }

    private final Map<String, Entry> exercises = new LinkedHashMap<>();
    private final Map<String, Integer> hintsShown = new LinkedHashMap<>();

    public State state(Exercise exercise) {
        Entry entry = exercises.get(exercise.id());
        return entry == null ? State.NOT_STARTED : entry.state();
    }

    public Optional<Entry> entry(Exercise exercise) {
        return Optional.ofNullable(exercises.get(exercise.id()));
    }

    /** Verified or caught up: the attendee can move on. */
    public boolean isDone(Exercise exercise) {
        State state = state(exercise);
        return state == State.VERIFIED || state == State.CAUGHT_UP;
    }

    /** The first exercise not done: what {@code verify} and {@code watch} work on. Empty when all are done. */
    public Optional<Exercise> current(Course course) {
        return course.exercises().stream().filter(exercise -> !isDone(exercise)).findFirst();
    }

    public void recordVerdict(Exercise exercise, boolean passed, Instant at) {
        Instant firstVerified = entry(exercise).map(Entry::firstVerifiedAt).orElse(null);
        if (passed && firstVerified == null) {
            firstVerified = at;
        }
        exercises.put(exercise.id(), new Entry(passed ? State.VERIFIED : State.FAILED, at, firstVerified));
    }

    public void recordCaughtUp(Exercise exercise, Instant at) {
        Instant firstVerified = entry(exercise).map(Entry::firstVerifiedAt).orElse(null);
        exercises.put(exercise.id(), new Entry(State.CAUGHT_UP, at, firstVerified));
    }

    /** Forgets the verdict (after a reset: the exercise starts again). Hints seen stay seen. */
    public void forget(Exercise exercise) {
        exercises.remove(exercise.id());
    }

    public int hintsShown(Exercise exercise) {
        return hintsShown.getOrDefault(exercise.id(), 0);
    }

    public void recordHintShown(Exercise exercise, int level) {
        hintsShown.merge(exercise.id(), level, Math::max);
    }

    Map<String, Entry> entries() {
        return exercises;
    }

    Map<String, Integer> hints() {
        return hintsShown;
    }
}
