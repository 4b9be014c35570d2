package workshop.movies;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record format on the stream: one movie as a JSON object, the same field names as the page.
 *
 * <pre>{"id":"tt0292215","primaryTitle":"…","originalTitle":"…","isAdult":false,
 *  "startYear":2002,"runtimeMinutes":95,"genres":["Drama","Romance"]}</pre>
 *
 * A missing year or runtime is left out. Decoding checks every field by hand, so that a bad record is
 * rejected with a reason a person can act on ("startYear is not a number: \"19x4\""), not with a
 * stack trace from a reflection-based mapper.
 */
public final class MovieJson {

    private static final Pattern POSITION = Pattern.compile("at line \\d+ column \\d+");

    private MovieJson() {
    }

    public static String toJson(Movie movie) {
        JsonObject json = new JsonObject();
        json.addProperty("id", movie.id());
        json.addProperty("primaryTitle", movie.primaryTitle());
        json.addProperty("originalTitle", movie.originalTitle());
        json.addProperty("isAdult", movie.isAdult());
        if (movie.startYear() != null) {
            json.addProperty("startYear", movie.startYear());
        }
        if (movie.runtimeMinutes() != null) {
            json.addProperty("runtimeMinutes", movie.runtimeMinutes());
        }
        JsonArray genres = new JsonArray();
        movie.genres().forEach(genres::add);
        json.add("genres", genres);
        return json.toString();
    }

    /** The movie in {@code text}; a {@link MalformedMovieException} says what is wrong with it. */
    public static Movie fromJson(String text) {
        JsonObject json = parseObject(text);
        try {
            return new Movie(
                    requiredString(json, "id"),
                    requiredString(json, "primaryTitle"),
                    requiredString(json, "originalTitle"),
                    requiredBoolean(json, "isAdult"),
                    optionalInt(json, "startYear"),
                    optionalInt(json, "runtimeMinutes"),
                    genres(json));
        } catch (IllegalArgumentException e) {
            throw new MalformedMovieException(e.getMessage());
        }
    }

    private static JsonObject parseObject(String text) {
        JsonElement element;
        try {
            element = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new MalformedMovieException("not JSON" + where(e.getMessage()));
        }
        if (!element.isJsonObject()) {
            throw new MalformedMovieException("not a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static String requiredString(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value == null) {
            throw new MalformedMovieException(field + " is missing");
        }
        if (!value.isString()) {
            throw new MalformedMovieException(field + " is not a string: " + value);
        }
        return value.getAsString();
    }

    private static boolean requiredBoolean(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value == null) {
            throw new MalformedMovieException(field + " is missing");
        }
        if (!value.isBoolean()) {
            throw new MalformedMovieException(field + " is not true or false: " + value);
        }
        return value.getAsBoolean();
    }

    private static Integer optionalInt(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new MalformedMovieException(field + " is not a number: " + value);
        }
        try {
            return value.getAsBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedMovieException(field + " is not a whole number: " + value);
        }
    }

    private static List<String> genres(JsonObject json) {
        JsonElement value = json.get("genres");
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw new MalformedMovieException("genres is not a list: " + value);
        }
        List<String> genres = new ArrayList<>();
        for (JsonElement genre : value.getAsJsonArray()) {
            if (!genre.isJsonPrimitive() || !genre.getAsJsonPrimitive().isString()) {
                throw new MalformedMovieException("genres holds something other than a string: " + genre);
            }
            genres.add(genre.getAsString());
        }
        return genres;
    }

    /** The field's value, {@code null} when absent or JSON null; an object or array is a type error. */
    private static JsonPrimitive primitive(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new MalformedMovieException(field + " has the wrong type: " + value);
        }
        return value.getAsJsonPrimitive();
    }

    /** Gson's message ends with where it stopped ("at line 1 column 5 path $"); keep just that. */
    private static String where(String message) {
        Matcher position = POSITION.matcher(message == null ? "" : message);
        return position.find() ? " (" + position.group() + ")" : "";
    }
}
