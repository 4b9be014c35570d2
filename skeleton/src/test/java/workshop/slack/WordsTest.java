package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** The splitting rule as a table: text → the words, "word=n" for each, in order. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "hello world                     | hello=1 world=1",
        "Hello, HELLO... hello!          | hello=3",
        "don't stop                      | don't=1 stop=1",
        "don’t (typographic apostrophe)  | don't=1 typographic=1 apostrophe=1",
        "'quoted' words'                 | quoted=1 words=1",
        "l'été à Zürich                  | l'été=1 à=1 zürich=1",
        "ÉCOLE école                     | école=2",
        "TITLE (not tıtle in any locale) | title=1 not=1 tıtle=1 in=1 any=1 locale=1",
        "Москва москва                   | москва=2",
        "東京 2024                         | 東京=1 2024=1",
        "e-mail user@example.com         | e=1 mail=1 user=1 example=1 com=1",
        "<@U123ABC> thanks 🎉            | u123abc=1 thanks=1",
        "a_b a.b                         | a=2 b=2",
    })
    void splittingRule(String text, String expected) {
        assertThat(describe(Words.of(text))).isEqualTo(expected);
    }

    @Test
    void tabsAndNewlinesSeparateWords() {
        assertThat(describe(Words.of("  spaces\tand\nnewlines "))).isEqualTo("spaces=1 and=1 newlines=1");
    }

    @Test
    void decomposedAccentsEqualComposedOnes() {
        assertThat(Words.of("e\u0301te\u0301 \u00e9t\u00e9").occurrences()).isEqualTo(Map.of("été", 2));
    }

    @Test
    void theWebhookTriggerWordIsNotCounted() {
        assertThat(describe(Words.of("count hello count", Optional.of("count")))).isEqualTo("hello=1 count=1");
        assertThat(describe(Words.of("COUNT: hello", Optional.of("count")))).isEqualTo("hello=1");
        assertThat(describe(Words.of("countless things", Optional.of("count")))).isEqualTo("countless=1 things=1");
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoWords() {
        assertThat(Words.of("").isEmpty()).isTrue();
        assertThat(Words.of(null).isEmpty()).isTrue();
        assertThat(Words.of(" ?! … -- ").isEmpty()).isTrue();
        assertThat(Words.of("count", Optional.of("count")).isEmpty()).isTrue();
    }

    @Test
    void aWordOfSixtyFourCharactersIsFineButNotSixtyFive() {
        assertThat(Words.of("a".repeat(64)).distinctCount()).isEqualTo(1);
        assertThatThrownBy(() -> Words.of("ok " + "a".repeat(65)))
                .isInstanceOf(Words.RejectedMessageException.class)
                .hasMessageContaining("longer than 64 characters")
                .hasMessageContaining("Nothing was counted");
    }

    @Test
    void fiftyDistinctWordsAreFineButNotFiftyOne() {
        assertThat(Words.of(numbered(50) + " " + numbered(50)).distinctCount()).isEqualTo(50);
        assertThatThrownBy(() -> Words.of(numbered(51)))
                .isInstanceOf(Words.RejectedMessageException.class)
                .hasMessageContaining("51 different words");
    }

    @Test
    void textOverFourThousandCharactersIsRefused() {
        assertThat(Words.of("ab ".repeat(1333) + "a").distinctCount()).isEqualTo(2);
        assertThatThrownBy(() -> Words.of("ab ".repeat(1334)))
                .isInstanceOf(Words.RejectedMessageException.class)
                .hasMessageContaining("4000 characters");
    }

    private static String numbered(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    private static String describe(Words words) {
        return words.occurrences().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}
