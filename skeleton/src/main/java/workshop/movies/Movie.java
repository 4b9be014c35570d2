package workshop.movies;

import java.util.List;
import java.util.Objects;

/**
 * One title of the catalogue, in the shape of IMDb's {@code title.basics}: typed, validated, immutable.
 *
 * <p>The page writes a missing year or runtime as {@code \N}; here it is {@code null}, never 0 (a movie
 * of year 0 would land in the year index and be wrong). Everything else is required.
 *
 * @param id             the title's id ("tconst"), {@code tt} and at least 7 digits, e.g. {@code tt0292215}
 * @param primaryTitle   the title it is known by
 * @param originalTitle  the title in its original language
 * @param isAdult        whether it is an adult title
 * @param startYear      the release year, {@code null} when unknown
 * @param runtimeMinutes the running time in minutes, {@code null} when unknown
 * @param genres         zero to three genres, in the page's order
 */
public record Movie(String id, String primaryTitle, String originalTitle, boolean isAdult,
                    Integer startYear, Integer runtimeMinutes, List<String> genres) {

    /** The years a movie may have; outside them the value is a typo or a parsing error. */
    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2200;

    public Movie {
        Objects.requireNonNull(id, "id");
        if (!TitleIds.isTitleId(id)) {
            throw new IllegalArgumentException("id '" + id + "' is not a title id (tt followed by at least 7 digits)");
        }
        requireText(primaryTitle, "primaryTitle");
        requireText(originalTitle, "originalTitle");
        if (startYear != null && (startYear < FIRST_YEAR || startYear > LAST_YEAR)) {
            throw new IllegalArgumentException("startYear " + startYear + " is not a plausible year");
        }
        if (runtimeMinutes != null && runtimeMinutes <= 0) {
            throw new IllegalArgumentException("runtimeMinutes " + runtimeMinutes + " is not positive");
        }
        genres = List.copyOf(Objects.requireNonNull(genres, "genres"));
        genres.forEach(genre -> requireText(genre, "genre"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
    }
}
