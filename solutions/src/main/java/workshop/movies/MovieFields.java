package workshop.movies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules that turn the text of one movie's fields, as a listing page shows it, into a {@link Movie}:
 * {@code 0}/{@code 1} for isAdult, {@code \N} for a missing year, runtime or genre list, genres
 * separated by commas.
 *
 * <p>Only the page's text format is decided here; what makes a valid movie (id format, plausible year)
 * is {@link Movie}'s business, so the two cannot drift apart.
 */
public final class MovieFields {

    /** The field names, which are also the class names of the cells on the page. */
    public static final List<String> NAMES = List.of(
            "id", "primaryTitle", "originalTitle", "isAdult", "startYear", "runtimeMinutes", "genres");

    /** How the page writes "no value" (IMDb's convention for a null). */
    static final String NONE = "\\N";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private MovieFields() {
    }

    /**
     * The movie these field texts describe.
     *
     * @param fields the text of each field by name, already trimmed; a field absent from the page is absent here
     * @throws IllegalArgumentException with a reason for a person when they are not a movie
     */
    public static Movie toMovie(Map<String, String> fields) {
        return new Movie(
                required(fields, "id"),
                required(fields, "primaryTitle"),
                required(fields, "originalTitle"),
                adult(required(fields, "isAdult")),
                optionalNumber(required(fields, "startYear"), "startYear"),
                optionalNumber(required(fields, "runtimeMinutes"), "runtimeMinutes"),
                genres(required(fields, "genres")));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name + " field");
        }
        return value;
    }

    private static boolean adult(String value) {
        if ("0".equals(value)) {
            return false;
        }
        if ("1".equals(value)) {
            return true;
        }
        throw new IllegalArgumentException("isAdult is not 0 or 1: '" + value + "'");
    }

    private static Integer optionalNumber(String value, String name) {
        if (NONE.equals(value)) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a number: '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    /** Blank items ({@code "Drama,,Comedy"}, a trailing comma) are typing slips, not genres: left out. */
    private static List<String> genres(String value) {
        List<String> genres = new ArrayList<>();
        if (value.isEmpty() || NONE.equals(value)) {
            return genres;
        }
        for (String genre : value.split(",")) {
            if (!genre.isBlank()) {
                genres.add(genre.strip());
            }
        }
        return genres;
    }
}
