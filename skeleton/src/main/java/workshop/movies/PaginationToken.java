package workshop.movies;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code next} token of the API's pages: DynamoDB's {@code LastEvaluatedKey} as JSON, in
 * base64url, e.g. {@code {"id":{"S":"tt0292215"},"startYear":{"N":"2002"}}}.
 *
 * <p>Clients must treat it as opaque, but it is not secret nor signed: anyone can decode, edit and
 * re-encode it. So it is checked on the way in, twice: here, that it is a key this class could have
 * written; then, by the caller, that it is a key of the query it came back with (a token of one
 * year's pages is no start for another year's). A made-up key that passes both only moves where a
 * page starts, within what the API shows anyway.
 *
 * <p>Table keys are strings (S) or numbers (N) here; binary keys (B) are not used by the tables.
 */
final class PaginationToken {

    /** Far more than a key of these tables needs; a longer "token" is refused before any decoding. */
    static final int MAX_LENGTH = 1024;

    private PaginationToken() {
    }

    /**
     * The token for the page after the one that ended at {@code lastEvaluatedKey}; empty when there is
     * none. One key has one token only, whatever the order of its map.
     */
    static Optional<String> encode(Map<String, AttributeValue> lastEvaluatedKey) {
        throw new UnsupportedOperationException(
                "Exercise 07: a key as a token - see exercises/07-query-api/README.md");
    }

    /** The key in {@code token}, or empty when it is not a token {@link #encode} could have made. Never throws. */
    static Optional<Map<String, AttributeValue>> decode(String token) {
        throw new UnsupportedOperationException(
                "Exercise 07: a token as a key, refusing what encode could not have written - see exercises/07-query-api/README.md");
    }
}
