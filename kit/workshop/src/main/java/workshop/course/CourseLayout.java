package workshop.course;

import java.nio.file.Path;

/**
 * Where the course's parts are: the repository root holds exercises/course.yaml, the attendee's
 * project (skeleton/) and the reference project (solutions/).
 *
 * @param root      the repository's root
 * @param project   the project the attendee works in: normally {@code root/skeleton}
 * @param reference the reference project: normally {@code root/solutions}
 */
public record CourseLayout(Path root, Path project, Path reference) {

    public CourseLayout {
        root = root.toAbsolutePath().normalize();
        project = project.toAbsolutePath().normalize();
        reference = reference.toAbsolutePath().normalize();
    }

    /** The standard layout of a clone of the workshop. */
    public static CourseLayout of(Path root) {
        return new CourseLayout(root, root.resolve("skeleton"), root.resolve("solutions"));
    }

    public Path courseFile() {
        return root.resolve("exercises").resolve("course.yaml");
    }

    /** The engine's build output, inside the project's target/ (never committed). */
    public Path buildDirectory() {
        return project.resolve("target").resolve("workshop");
    }

    /** The project's test class path, written by its Maven build (dependency:build-classpath). */
    public Path classpathFile() {
        return project.resolve("target").resolve("classpath.txt");
    }

    /** A path for messages: relative to the root when inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    /** Load the course of this layout. */
    public Course loadCourse() {
        return CourseLoader.load(courseFile());
    }
}
