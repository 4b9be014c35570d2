package workshop.course;

/**
 * One error of the compiler, for the attendee.
 *
 * @param file    relative to the repository's root, e.g. skeleton/src/main/java/workshop/movies/MovieTable.java
 * @param line    1-based; 0 when the compiler gave none
 * @param message the compiler's message (may span lines: the source line and a caret follow)
 */
public record CompileError(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
