package workshop.movies;

/**
 * A movie that is not on the stream: refused before sending, or still failing when the retries ran out.
 *
 * @param movie        the movie
 * @param errorCode    Kinesis's error code of the last attempt (e.g. {@code ProvisionedThroughputExceededException},
 *                     {@code InternalFailure}), or {@link MovieStreamPublisher#RECORD_TOO_LARGE}
 * @param errorMessage what Kinesis (or the publisher) said about it
 */
public record UnpublishedMovie(Movie movie, String errorCode, String errorMessage) {
}
