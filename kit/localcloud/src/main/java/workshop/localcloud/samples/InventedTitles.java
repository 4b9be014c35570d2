package workshop.localcloud.samples;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Movie titles made of invented words: nothing here is copied from IMDb or any other catalogue.
 *
 * <p>Most titles read like English ones, and some of those contain the characters an HTML page must
 * write as entities ({@code &}, {@code <}, {@code "}, {@code '}). The others have an original title
 * in one of six languages, which brings the accented letters, CJK and Cyrillic a scraper meets on a
 * real site; such a title is usually known by an English-like primary title, as on IMDb.
 */
final class InventedTitles {

    /** A title as IMDb gives it: the one it is known by, and the one in its original language. */
    record Title(String primary, String original) {
    }

    private static final List<String> ENGLISH_SYLLABLES = List.of(
            "al", "bar", "bri", "cas", "cor", "dun", "el", "fen", "gar", "hol", "is", "jor", "kel", "lum",
            "mor", "nav", "or", "pel", "quin", "ros", "sal", "thi", "tor", "ul", "vex", "wen", "yar", "zan");

    /** {W} is an invented word, {N} a sequel number. */
    private static final List<String> PLAIN_PATTERNS = List.of(
            "{W}", "The {W}", "{W} {W}", "The {W} of {W}", "Return to {W}", "{W}: Part {N}", "{W} {W} {N}",
            "A {W} in {W}", "The Last {W}", "Beyond {W}", "{W} Road", "Nights of {W}");

    /** Titles with the characters HTML needs written as references. */
    private static final List<String> ESCAPED_PATTERNS = List.of(
            "{W} & {W}", "{W} & the {W}", "{W}'s {W}", "The \"{W}\" Affair", "A {W} Called \"{W}\"",
            "{W} <3 {W}", "{W} < {W}");

    private static final List<String> SEQUEL_NUMBERS = List.of("II", "III", "IV", "2", "3");

    /** The languages of the original titles that differ from their primary title. */
    private enum Language {
        FRENCH(List.of("bé", "clé", "dé", "fê", "gè", "jou", "lâ", "mé", "nô", "pré", "ri", "sé", "tè", "vé", "çon"),
                List.of("Le {W}", "La {W} des {W}", "Les {W}", "L'{W} de {W}"), true),
        GERMAN(List.of("bür", "grü", "hö", "kä", "lü", "mä", "schö", "tür", "wä", "berg", "stein", "zug"),
                List.of("Der {W}", "Die {W} von {W}", "{W} und {W}", "Das {W}"), true),
        SPANISH(List.of("ña", "ño", "ñu", "ca", "ri", "mar", "sol", "pe", "ti", "lu", "vi"),
                List.of("El {W}", "Los {W} de {W}", "¿{W}?", "La {W}"), true),
        DANISH(List.of("bjø", "sø", "fjø", "lø", "hå", "kø", "ræ", "skø", "ål", "mo", "ve"),
                List.of("Den {W}", "{W} og {W}", "{W}en"), true),
        JAPANESE(List.of("夜", "雨", "海", "星", "光", "風", "花", "月", "山", "川", "空", "雪", "森", "火", "鳥", "影"),
                List.of("{W}", "{W}の{W}", "{W}と{W}"), false),
        RUSSIAN(List.of("ко", "ра", "мил", "ста", "ве", "ни", "дор", "жа", "лю", "свет", "гро", "ба"),
                List.of("{W}", "{W} и {W}", "{W} {W}"), true);

        private final List<String> syllables;
        private final List<String> patterns;
        /** Japanese has no capital letters, and its words here are one or two characters long. */
        private final boolean alphabetic;

        Language(List<String> syllables, List<String> patterns, boolean alphabetic) {
            this.syllables = syllables;
            this.patterns = patterns;
            this.alphabetic = alphabetic;
        }
    }

    private final Random random;

    /** Draws every choice from {@code random}: the same sequence gives the same titles. */
    InventedTitles(Random random) {
        this.random = random;
    }

    /**
     * The next title. About one in five has an original title in another language; a quarter of
     * those are known by that original title too.
     */
    Title next() {
        List<String> patterns = random.nextInt(100) < 20 ? ESCAPED_PATTERNS : PLAIN_PATTERNS;
        String english = fill(pick(patterns), ENGLISH_SYLLABLES, true);
        if (random.nextInt(100) >= 22) {
            return new Title(english, english);
        }
        Language language = pick(List.of(Language.values()));
        String original = fill(pick(language.patterns), language.syllables, language.alphabetic);
        boolean knownByItsOriginalTitle = random.nextInt(4) == 0;
        return new Title(knownByItsOriginalTitle ? original : english, original);
    }

    private String fill(String pattern, List<String> syllables, boolean alphabetic) {
        StringBuilder title = new StringBuilder(pattern);
        replaceAll(title, "{N}", () -> pick(SEQUEL_NUMBERS));
        replaceAll(title, "{W}", () -> word(syllables, alphabetic));
        return title.toString();
    }

    private static void replaceAll(StringBuilder text, String placeholder, Supplier<String> value) {
        for (int at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at)) {
            String replacement = value.get();
            text.replace(at, at + placeholder.length(), replacement);
            at += replacement.length();
        }
    }

    /** Two or three syllables, never the same twice in a row, capitalised; one or two characters for Japanese. */
    private String word(List<String> syllables, boolean alphabetic) {
        int length = alphabetic ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
        StringBuilder word = new StringBuilder();
        String previous = "";
        for (int i = 0; i < length; i++) {
            String syllable = pick(syllables);
            while (syllable.equals(previous)) {
                syllable = pick(syllables);
            }
            word.append(syllable);
            previous = syllable;
        }
        return alphabetic ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word.toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
