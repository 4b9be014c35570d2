package workshop.movies;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PaginationToken() {
    }

    /** The token for the page after the one that ended at {@code lastEvaluatedKey}; empty when there is none. */
    static Optional<String> encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = new JsonObject();
        // Sorted, so that a key has one token only (see decode).
        new TreeMap<>(lastEvaluatedKey).forEach((name, value) -> json.add(name, attribute(name, value)));
        return Optional.of(ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The key in {@code token}, or empty when it is not a token {@link #encode} could have made. */
    static Optional<Map<String, AttributeValue>> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            JsonElement json = JsonParser.parseString(new String(DECODER.decode(token), StandardCharsets.UTF_8));
            if (!json.isJsonObject() || json.getAsJsonObject().isEmpty()) {
                return Optional.empty();
            }
            Map<String, AttributeValue> key = new HashMap<>();
            for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
                Optional<AttributeValue> value = attributeValue(member.getValue());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                key.put(member.getKey(), value.get());
            }
            // Gson reads leniently (unquoted names, single quotes...), and base64 has several
            // spellings of the same bytes: only a token that encodes back to itself is one this
            // class wrote, so clients cannot come to depend on variants.
            return encode(key).filter(token::equals).map(same -> key);
        } catch (IllegalArgumentException | JsonParseException notAToken) {
            return Optional.empty();
        }
    }

    private static JsonObject attribute(String name, AttributeValue value) {
        JsonObject json = new JsonObject();
        if (value.s() != null) {
            json.addProperty("S", value.s());
        } else if (value.n() != null) {
            json.addProperty("N", value.n());
        } else {
            throw new IllegalArgumentException("key attribute " + name + " is neither a string nor a number: " + value);
        }
        return json;
    }

    /** {"S":"text"} or {"N":"123"}; anything else is empty. */
    private static Optional<AttributeValue> attributeValue(JsonElement json) {
        if (!json.isJsonObject() || json.getAsJsonObject().size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, JsonElement> typed = json.getAsJsonObject().entrySet().iterator().next();
        JsonElement value = typed.getValue();
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        String text = value.getAsString();
        if (typed.getKey().equals("S")) {
            return Optional.of(AttributeValue.fromS(text));
        }
        if (typed.getKey().equals("N") && isNumber(text)) {
            return Optional.of(AttributeValue.fromN(text));
        }
        return Optional.empty();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
