package workshop.movies;

/** A stream record that is not a valid movie; the message is the reason, stored in the error table. */
public class MalformedMovieException extends RuntimeException {

    public MalformedMovieException(String reason) {
        super(reason);
    }
}
