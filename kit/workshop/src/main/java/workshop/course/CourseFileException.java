package workshop.course;

import java.nio.file.Path;

/** exercises/course.yaml is not as its header describes; the message says where ({@code file:line: ...}). */
public final class CourseFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CourseFileException(String message) {
        super(message);
    }

    static CourseFileException at(Path file, int line, String problem) {
        return new CourseFileException(file + ":" + line + ": " + problem);
    }
}
