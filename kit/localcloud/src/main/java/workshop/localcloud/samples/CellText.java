package workshop.localcloud.samples;

import java.util.regex.Pattern;

/**
 * The rule that turns the text of a cell on the sample pages into its value.
 *
 * <p>Cells carry whitespace around and inside their text, as hand-edited or template-generated pages
 * do: {@code "  The Morvel\n"}, {@code "Kelor  &  Fenwen"}. The value is the text with leading and
 * trailing whitespace removed and every inner run of whitespace replaced by one space: {@code "The
 * Morvel"}, {@code "Kelor & Fenwen"}. Whitespace means HTML's: space, tab, line feed, form feed and
 * carriage return. (jsoup's {@code Element.text()} applies this rule.)
 */
public final class CellText {

    private static final Pattern HTML_WHITESPACE_RUN = Pattern.compile("[ \\t\\n\\f\\r]+");

    private CellText() {
    }

    /** The value of a cell whose text (entities already decoded) is {@code text}. */
    public static String normalise(String text) {
        return HTML_WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
    }
}
