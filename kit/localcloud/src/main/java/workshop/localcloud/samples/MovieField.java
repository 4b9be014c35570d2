package workshop.localcloud.samples;

import java.util.List;

/**
 * The fields of a title, in the order IMDb's {@code title.basics} lists them. On the pages a field's
 * name is the CSS class of its cell ({@code <td class="startYear">}, {@code <div class="movieRow
 * startYear">}), which is how a scraper finds it: columns and rows are not always in this order.
 */
public enum MovieField {
    ID("id", "Title id"),
    PRIMARY_TITLE("primaryTitle", "Primary title"),
    ORIGINAL_TITLE("originalTitle", "Original title"),
    IS_ADULT("isAdult", "Adult"),
    START_YEAR("startYear", "Start year"),
    RUNTIME_MINUTES("runtimeMinutes", "Runtime (minutes)"),
    GENRES("genres", "Genres");

    /** IMDb's mark for a value it does not have. */
    public static final String MISSING = "\\N";

    private final String className;
    private final String label;

    MovieField(String className, String label) {
        this.className = className;
        this.label = label;
    }

    /** The field's name in IMDb's data set, and the class of its cell on the pages. */
    public String className() {
        return className;
    }

    /** What a person reads next to the value: the table's header, the card's label. */
    public String label() {
        return label;
    }

    /**
     * The value as IMDb writes it, before the site adds its whitespace: {@code 0}/{@code 1} for
     * {@code isAdult}, {@code \N} for an unknown number and for no genres, genres joined by commas.
     */
    public String pageValue(SampleMovie movie) {
        return switch (this) {
            case ID -> movie.id();
            case PRIMARY_TITLE -> movie.primaryTitle();
            case ORIGINAL_TITLE -> movie.originalTitle();
            case IS_ADULT -> movie.adult() ? "1" : "0";
            case START_YEAR -> orMissing(movie.startYear());
            case RUNTIME_MINUTES -> orMissing(movie.runtimeMinutes());
            case GENRES -> movie.genres().isEmpty() ? MISSING : String.join(",", movie.genres());
        };
    }

    /** Every field, in IMDb's order. */
    public static List<MovieField> inImdbOrder() {
        return List.of(values());
    }

    private static String orMissing(Integer number) {
        return number == null ? MISSING : number.toString();
    }
}
