package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class WordCounterTest {

    @RegisterExtension
    static final WordsTableExtension TABLE = new WordsTableExtension();

    private final WordCounter counter = new WordCounter(TABLE.client(), WordsTableExtension.TABLE);

    @Test
    void newWordsStartAtTheirOccurrencesAndGoUpFromThere() {
        assertThat(counter.count(Words.of("ho ho ho, merry"))).containsExactly(Map.entry("ho", 3L), Map.entry("merry", 1L));
        assertThat(counter.count(Words.of("merry ho"))).containsExactly(Map.entry("merry", 2L), Map.entry("ho", 4L));
    }

    @Test
    void noWordsNoCall() {
        TABLE.resetCallCounts();

        assertThat(counter.count(Words.of("?!"))).isEmpty();
        assertThat(TABLE.callCounts()).isEmpty();
    }

    /**
     * The figures the issue asks for: DynamoDB calls per message, ours against the word-by-word way
     * (one UpdateItem per word, each returning its new count), on the same messages.
     */
    @Test
    void callsPerMessageStayConstantWhileTheWordByWordWayGrowsWithTheWords() {
        for (int distinctWords : new int[] {1, 5, 20, 50}) {
            Words words = Words.of(String.join(" ", java.util.stream.IntStream.range(0, distinctWords)
                    .mapToObj(i -> "bench" + distinctWords + "x" + i).toList()));

            TABLE.resetCallCounts();
            long started = System.nanoTime();
            counter.count(words);
            long oursMicros = (System.nanoTime() - started) / 1000;
            long ours = TABLE.callCounts().values().stream().mapToLong(Long::longValue).sum();

            TABLE.resetCallCounts();
            started = System.nanoTime();
            words.occurrences().forEach((word, n) -> TABLE.client().updateItem(request -> request
                    .tableName(WordsTableExtension.TABLE).key(WordsTable.keyOf(word))
                    .updateExpression("ADD #count :n").expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(n.toString())))
                    .returnValues("UPDATED_NEW")));
            long wordByWordMicros = (System.nanoTime() - started) / 1000;
            long wordByWord = TABLE.callCounts().values().stream().mapToLong(Long::longValue).sum();

            System.out.printf("[measure] %2d distinct words: counter %d calls (%d us), word by word %d calls (%d us)%n",
                    distinctWords, ours, oursMicros, wordByWord, wordByWordMicros);
            assertThat(TABLE.callCounts()).containsOnlyKeys("UpdateItem");
            assertThat(ours).isEqualTo(2);
            assertThat(wordByWord).isEqualTo(distinctWords);
        }
    }
}
