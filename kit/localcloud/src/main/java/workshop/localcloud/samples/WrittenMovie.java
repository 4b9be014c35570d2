package workshop.localcloud.samples;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A title as the pages write it: the text of each cell, whitespace included, before HTML escaping.
 *
 * @param movie                  what a scraper should read
 * @param cells                  every field's text, whose {@link CellText#normalise normalised} form is
 *                               the field's {@link MovieField#pageValue page value}
 * @param nonAsciiAsReferences   whether non-ASCII characters are written as numeric character
 *                               references ({@code &#233;}) rather than as UTF-8, as some sites do
 */
record WrittenMovie(SampleMovie movie, Map<MovieField, String> cells, boolean nonAsciiAsReferences) {

    WrittenMovie {
        cells = Collections.unmodifiableMap(new EnumMap<>(cells));
        for (MovieField field : MovieField.values()) {
            String text = cells.get(field);
            if (text == null || !CellText.normalise(text).equals(field.pageValue(movie))) {
                throw new IllegalArgumentException("the " + field.className() + " cell of " + movie.id()
                        + " does not read as '" + field.pageValue(movie) + "': '" + text + "'");
            }
        }
    }

    String cell(MovieField field) {
        return cells.get(field);
    }
}
