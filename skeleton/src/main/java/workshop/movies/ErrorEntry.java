package workshop.movies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the error table: something the pipeline could not use, kept with what is needed to
 * look at it later instead of being thrown away (or, worse, retried forever and blocking the shard).
 *
 * <p>The id is derived from what went wrong, never random: a stream record redelivered after a retry
 * writes the same entry again instead of a second one, so the table holds each problem once.
 *
 * @param id      {@code record#<shardId>#<sequenceNumber>}, {@code page#<url>}, {@code row#<url>#<rowNumber>}
 *                (a digest for very long URLs) or {@code publish#<movieId>}
 * @param kind    {@link #RECORD}, {@link #PAGE}, {@link #ROW} or {@link #PUBLISH}
 * @param reason  why it was rejected, for a person to read
 * @param time    when it was rejected
 * @param details the evidence: the raw payload and where it was on the stream, or the page's URL and an excerpt
 */
public record ErrorEntry(String id, String kind, String reason, Instant time, Map<String, String> details) {

    public static final String RECORD = "record";
    public static final String PAGE = "page";
    public static final String ROW = "row";
    public static final String PUBLISH = "publish";

    /** At most this many characters of a page are kept: enough to see what the page was. */
    public static final int EXCERPT_LIMIT = 500;
    /** At most this many characters of a record: the table's items are limited to 400 KB. */
    public static final int PAYLOAD_LIMIT = 100_000;
    static final int REASON_LIMIT = 1_000;
    private static final int URL_KEY_LIMIT = 1_000;

    public ErrorEntry {
        details = Map.copyOf(details);
    }

    /** A stream record that is not a movie. */
    public static ErrorEntry forRecord(String shardId, String sequenceNumber, String partitionKey,
                                       byte[] payload, String reason, Instant time) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("shardId", shardId);
        details.put("sequenceNumber", sequenceNumber);
        details.put("partitionKey", partitionKey);
        details.put("payloadBytes", Integer.toString(payload.length));
        details.put("payload", bounded(new String(payload, StandardCharsets.UTF_8), PAYLOAD_LIMIT));
        return new ErrorEntry("record#" + shardId + "#" + sequenceNumber, RECORD,
                bounded(reason, REASON_LIMIT), time, details);
    }

    /** A page whose listing could not be read (or fetched). */
    public static ErrorEntry forPage(String url, String reason, String excerpt, Instant time) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", url);
        details.put("excerpt", bounded(excerpt, EXCERPT_LIMIT));
        return new ErrorEntry("page#" + urlKey(url), PAGE, bounded(reason, REASON_LIMIT), time, details);
    }

    /**
     * One movie row of a page that could not become a {@link Movie} (e.g. a year of {@code 19x4}); the
     * other rows of the page were kept. Rows are numbered from 1 in page order.
     */
    public static ErrorEntry forRow(String url, int rowNumber, String reason, String excerpt, Instant time) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", url);
        details.put("row", Integer.toString(rowNumber));
        details.put("excerpt", bounded(excerpt, EXCERPT_LIMIT));
        return new ErrorEntry("row#" + urlKey(url) + "#" + rowNumber, ROW, bounded(reason, REASON_LIMIT), time, details);
    }

    /**
     * A movie that was read but could not be put on the stream, kept as the JSON it would have been
     * sent as, so that it can be replayed by hand.
     */
    public static ErrorEntry forUnpublished(Movie movie, String errorCode, String reason, Instant time) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("movieId", movie.id());
        details.put("errorCode", errorCode);
        details.put("payload", bounded(MovieJson.toJson(movie), PAYLOAD_LIMIT));
        return new ErrorEntry("publish#" + movie.id(), PUBLISH, bounded(reason, REASON_LIMIT), time, details);
    }

    private static String urlKey(String url) {
        if (url.length() <= URL_KEY_LIMIT) {
            return url;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String bounded(String text, int limit) {
        if (text == null) {
            return "";
        }
        return text.length() <= limit ? text : text.substring(0, limit) + "…";
    }
}
