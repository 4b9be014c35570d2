package workshop.movies;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the records of one stream shard, in order, into movies in the movie table and, for the
 * records that are not movies, entries in the error table.
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

    /** A record and the movie it carries, until the movie is saved. */
    private record DecodedRecord(StreamRecord record, Movie movie) {
    }

    private final MovieTable movies;
    private final ErrorTable errors;
    private final Clock clock;

    public MovieRecordProcessor(MovieTable movies, ErrorTable errors, Clock clock) {
        this.movies = movies;
        this.errors = errors;
        this.clock = clock;
    }

    public Result process(List<StreamRecord> records) {
        List<DecodedRecord> unsaved = new ArrayList<>();
        int saved = 0;
        int rejected = 0;
        for (int i = 0; i < records.size(); i++) {
            StreamRecord record = records.get(i);
            try {
                unsaved.add(new DecodedRecord(record, decode(record.data())));
            } catch (MalformedMovieException malformed) {
                try {
                    errors.record(ErrorEntry.forRecord(record.shardId(), record.sequenceNumber(), record.partitionKey(),
                            record.data(), malformed.getMessage(), clock.instant()));
                    rejected++;
                } catch (RuntimeException writeFailed) {
                    // The movies decoded before this record are not saved yet: the first of them is
                    // the first record not handled.
                    StreamRecord firstUnhandled = unsaved.isEmpty() ? record : unsaved.get(0).record();
                    return new Result(saved, rejected, firstUnhandled, writeFailed);
                }
            }
            boolean lastRecord = i == records.size() - 1;
            if (unsaved.size() == MovieTable.MAX_BATCH_WRITES || (lastRecord && !unsaved.isEmpty())) {
                try {
                    movies.saveAll(unsaved.stream().map(DecodedRecord::movie).toList());
                } catch (RuntimeException writeFailed) {
                    // Part of these may have been written; saving them again is harmless.
                    return new Result(saved, rejected, unsaved.get(0).record(), writeFailed);
                }
                saved += unsaved.size();
                unsaved.clear();
            }
        }
        return new Result(saved, rejected, null, null);
    }

    /**
     * The movie in a record's payload.
     *
     * @throws MalformedMovieException when the payload is not UTF-8 or not a valid movie in JSON
     */
    static Movie decode(byte[] data) {
        // new String(data, UTF_8) would quietly turn invalid bytes into U+FFFD and keep a damaged
        // title; a decoder set to REPORT refuses them instead.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(data);
        String text;
        try {
            text = utf8.decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            // The decoder stops at the first byte it cannot read.
            throw new MalformedMovieException("not UTF-8: invalid byte sequence at offset " + bytes.position());
        }
        return MovieJson.fromJson(text);
    }
}
