package workshop.movies;

import java.util.List;
import java.util.Map;

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

    private MovieFields() {
    }

    /**
     * The movie these field texts describe.
     *
     * <ul>
     *   <li>every field of {@link #NAMES} is required: a missing one is a reason, e.g. {@code no startYear field};</li>
     *   <li>isAdult is {@code 0} or {@code 1}, nothing else;</li>
     *   <li>startYear and runtimeMinutes are whole numbers, or {@link #NONE} for "unknown" (null);</li>
     *   <li>genres are separated by commas, each one trimmed; blank items ({@code "Drama,,Comedy"}, a
     *       trailing comma) are typing slips, left out; an empty text or {@link #NONE} is no genre.</li>
     * </ul>
     *
     * @param fields the text of each field by name, already trimmed; a field absent from the page is absent here
     * @throws IllegalArgumentException with a reason for a person when they are not a movie
     */
    public static Movie toMovie(Map<String, String> fields) {
        throw new UnsupportedOperationException(
                "Exercise 01: turn the field texts into a Movie - see exercises/01-parse-the-listing/README.md");
    }
}
