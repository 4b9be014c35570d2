package workshop.localcloud.samples;

import java.util.List;
import java.util.Random;

/**
 * Adds the whitespace real pages have in their cells: indentation from a template, a stray space
 * before or after the text, a doubled space or a line break inside a title. {@link CellText} removes
 * all of it again, so the value a scraper should read does not change.
 */
final class CellMess {

    /** What a title's inner space may become. */
    private static final List<String> WIDE_SPACES = List.of("  ", "   ", " \n ", "\t");

    private final Random random;

    /** Draws every choice from {@code random}: the same sequence gives the same cells. */
    CellMess(Random random) {
        this.random = random;
    }

    /** The text of a cell whose value is {@code value}: most cells are left as they are. */
    String cellText(MovieField field, String value) {
        String text = value;
        boolean title = field == MovieField.PRIMARY_TITLE || field == MovieField.ORIGINAL_TITLE;
        if (title && text.contains(" ") && random.nextInt(100) < 15) {
            text = widenOneSpace(text);
        }
        int roll = random.nextInt(100);
        if (roll < 62) {
            return text;
        } else if (roll < 72) {
            return "  " + text;
        } else if (roll < 82) {
            return text + "   ";
        } else if (roll < 92) {
            return "\n              " + text + "\n            "; // a template's indentation
        } else {
            return "\t" + text + " \t";
        }
    }

    private String widenOneSpace(String text) {
        int spaces = (int) text.chars().filter(c -> c == ' ').count();
        int chosen = random.nextInt(spaces);
        int at = -1;
        for (int i = 0; i <= chosen; i++) {
            at = text.indexOf(' ', at + 1);
        }
        String wide = WIDE_SPACES.get(random.nextInt(WIDE_SPACES.size()));
        return text.substring(0, at) + wide + text.substring(at + 1);
    }
}
