package workshop.movies;

import java.time.Clock;
import java.util.List;

/**
 * Turns the records of one stream shard, in order, into movies in the movie table and, for the
 * records that are not movies, entries in the error table ({@link ErrorEntry#forRecord}).
 *
 * <p>A record that is not a movie is kept in the error table and then counts as handled: failing
 * the batch for it would make Lambda deliver it again and again, and block the shard behind it.
 *
 * <p>A failed <em>write</em> is different: it may well work a moment later. Processing stops at the
 * first record not durably handled, and the result names it; the caller asks Lambda to deliver the
 * records again from there. The records before it are in a table, and going through them again later
 * would do no harm anyway: a movie is put whole under its id and an error entry's id is derived
 * from the record's place on the stream, so redelivered records rewrite the same items.
 *
 * <p>Movies are saved {@value MovieTable#MAX_BATCH_WRITES} at a time (one BatchWriteItem call each)
 * in stream order; error entries are written as they come.
 */
public class MovieRecordProcessor {

    /**
     * One stream record, as much of it as processing needs.
     *
     * @param shardId        the shard it was read from
     * @param sequenceNumber its place in the shard, what Lambda is told to start again from
     * @param partitionKey   the key it was written with (the movie's id, by the scraper)
     * @param data           its payload: a movie as {@link MovieJson}, UTF-8
     */
    public record StreamRecord(String shardId, String sequenceNumber, String partitionKey, byte[] data) {
    }

    /**
     * What became of a batch.
     *
     * @param saved          how many records' movies were written to the movie table
     * @param rejected       how many records were not movies, each now in the error table
     * @param firstUnhandled the first record not durably handled, null when every record was
     * @param failure        why it was not, null when every record was handled
     */
    public record Result(int saved, int rejected, StreamRecord firstUnhandled, RuntimeException failure) {

        public boolean isComplete() {
            return firstUnhandled == null;
        }
    }

    private final MovieTable movies;
    private final ErrorTable errors;
    private final Clock clock;

    public MovieRecordProcessor(MovieTable movies, ErrorTable errors, Clock clock) {
        this.movies = movies;
        this.errors = errors;
        this.clock = clock;
    }

    /** Handles the records in order, and says how far it got. */
    public Result process(List<StreamRecord> records) {
        throw new UnsupportedOperationException(
                "Exercise 06: store every record's movie, or its error - see exercises/06-process-the-stream/README.md");
    }

    /**
     * The movie in a record's payload.
     *
     * @throws MalformedMovieException when the payload is not UTF-8 (invalid bytes are refused, never
     *                                 replaced) or not a valid movie in JSON ({@link MovieJson#fromJson})
     */
    static Movie decode(byte[] data) {
        throw new UnsupportedOperationException(
                "Exercise 06: decode a record's payload - see exercises/06-process-the-stream/README.md");
    }
}
