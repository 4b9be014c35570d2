package workshop.movies;

import java.util.regex.Pattern;

/**
 * The rule for a title id ({@code tt} and at least 7 digits, e.g. {@code tt0292215}): for the movies
 * themselves ({@link Movie}) and for ids that arrive on their own, in a URL or a pagination token.
 */
final class TitleIds {

    private static final Pattern TITLE_ID = Pattern.compile("tt\\d{7,}");

    private TitleIds() {
    }

    static boolean isTitleId(String text) {
        return text != null && TITLE_ID.matcher(text).matches();
    }
}
