package workshop.cli;

import java.nio.file.Path;
import java.time.Clock;
import workshop.course.Course;
import workshop.course.CourseEngine;
import workshop.course.CourseLayout;
import workshop.course.Exercise;
import workshop.course.Progress;
import workshop.course.ProgressStore;

/**
 * What the course commands share: the course of this clone (exercises/course.yaml), the attendee's
 * project (skeleton/), the reference (solutions/) and the progress file (.workshop/progress.json).
 */
final class CourseSession {

    final CourseLayout layout;
    final Course course;
    final ProgressStore store;
    final Clock clock;

    private CourseSession(CourseLayout layout, Course course, ProgressStore store, Clock clock) {
        this.layout = layout;
        this.course = course;
        this.store = store;
        this.clock = clock;
    }

    /** @throws workshop.course.CourseFileException when course.yaml is wrong (the message says where) */
    static CourseSession open() {
        CourseLayout layout = CourseLayout.of(WorkshopHome.root());
        return new CourseSession(layout, layout.loadCourse(),
                new ProgressStore(WorkshopHome.stateDirectory().resolve("progress.json")), Clock.systemUTC());
    }

    Progress progress() {
        return store.load();
    }

    CourseEngine engine() {
        return new CourseEngine(layout);
    }

    /** For messages: a path relative to the repository's root. */
    String display(Path path) {
        return layout.display(path);
    }

    /** The next exercise after this one, if any. */
    java.util.Optional<Exercise> after(Exercise exercise) {
        return exercise.number() < course.exercises().size()
                ? java.util.Optional.of(course.exercises().get(exercise.number()))
                : java.util.Optional.empty();
    }
}
