package workshop.course;

/** The course engine cannot do what was asked; the message says why and what to do, for the attendee. */
public final class CourseEngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CourseEngineException(String message) {
        super(message);
    }

    public CourseEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
