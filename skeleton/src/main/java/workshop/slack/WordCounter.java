package workshop.slack;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Adds a message's words to their counters in the words table ({@link WordsTable}) and returns the
 * counts to show.
 *
 * <p><b>How the counts go up.</b> Every word's counter must go up atomically, on the server: two
 * messages with "hello" sent at the same moment both count, and a word seen for the first time starts
 * from 0 without a prior read. Reading the count, adding in Java and writing it back
 * (read-modify-write) would lose one of two concurrent updates.
 *
 * <p><b>One write per message.</b> All of a message's counters go up in one {@code TransactWriteItems}
 * call (one round trip whatever the number of words, at most 100 items, see {@link Words}; run it with
 * {@link TransactionRetry}), and all or nothing of it happens: a failed call leaves no word
 * half-counted. Word by word, a 20-word message costs 20 round trips, and a failure in the middle
 * leaves a partly counted message behind.
 *
 * <p><b>Showing the new counts costs a second call.</b> {@code TransactWriteItems} returns no item
 * attributes, so the counts shown are read right after the write with one strongly consistent
 * {@code BatchGetItem} (which may leave keys unprocessed: ask again for those). They include this
 * message's increments and, under concurrent traffic, maybe other messages' too: they are the current
 * counts, never lower than ours.
 */
public final class WordCounter {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public WordCounter(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /**
     * Adds 1 per occurrence of each word, atomically, and returns each word's count just after.
     *
     * @return word → count, in the words' order; empty for no words (and then nothing is called)
     */
    public Map<String, Long> count(Words words) {
        throw new UnsupportedOperationException(
                "Exercise 10: count the words in one transaction - see exercises/10-count-words/README.md");
    }

    /**
     * The items of the transaction: one atomic addition per distinct word to its counter, of its
     * occurrences times {@code perOccurrence} (the multiplier of exercise 11 uses this too).
     */
    static List<TransactWriteItem> additions(String tableName, Words words, int perOccurrence) {
        throw new UnsupportedOperationException(
                "Exercise 10: one counter addition per word - see exercises/10-count-words/README.md");
    }
}
