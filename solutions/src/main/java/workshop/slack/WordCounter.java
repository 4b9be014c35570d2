package workshop.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Adds a message's words to their counters in the words table and returns the counts to show.
 *
 * <p><b>How the counts go up.</b> Every word's counter is raised with {@code ADD count :n}, which
 * DynamoDB applies atomically on the server: two messages with "hello" sent at the same moment both
 * count, and a word seen for the first time starts from 0 without a prior read. Reading the count,
 * adding in Java and writing it back (read-modify-write) would lose one of two concurrent updates.
 *
 * <p><b>One write per message.</b> All of a message's counters go up in one {@code TransactWriteItems}
 * call (one round trip whatever the number of words, at most 100 items, see {@link Words}), and all or
 * nothing of it happens: a failed call leaves no word half-counted. Word by word, a 20-word message
 * costs 20 round trips, and a failure in the middle leaves a partly counted message behind.
 *
 * <p><b>Showing the new counts costs a second call.</b> DynamoDB has no single call that raises
 * several counters and returns their new values: {@code TransactWriteItems} returns no item
 * attributes, and {@code UpdateItem} (which can return {@code UPDATED_NEW}) changes one item. PartiQL
 * was checked on DynamoDB Local: {@code BatchExecuteStatement} of
 * {@code UPDATE ... SET "count" = "count" + ? ... RETURNING ALL NEW *} does return the new items, but an
 * {@code UPDATE} fails on an item that does not exist yet (a new word) and on a missing attribute,
 * PartiQL has no {@code if_not_exists}, a batch holds only 25 statements, and it is not atomic across
 * words. So the counts shown are read right after the write with one strongly consistent
 * {@code BatchGetItem}. They include this message's increments and, under concurrent traffic, maybe
 * other messages' too: they are the current counts, never lower than ours.
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
        if (words.isEmpty()) {
            return Map.of();
        }
        TransactionRetry.write(dynamoDb, TransactWriteItemsRequest.builder()
                .transactItems(additions(tableName, words, 1))
                .build());
        return currentCounts(words);
    }

    /** One {@code ADD count :n} per distinct word, n being its occurrences times {@code perOccurrence}. */
    static List<TransactWriteItem> additions(String tableName, Words words, int perOccurrence) {
        List<TransactWriteItem> items = new ArrayList<>();
        words.occurrences().forEach((word, occurrences) -> items.add(TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(tableName)
                        .key(WordsTable.keyOf(word))
                        // "count" is a DynamoDB reserved word: it needs a placeholder name.
                        .updateExpression("ADD #count :increment")
                        .expressionAttributeNames(Map.of("#count", WordsTable.COUNT))
                        .expressionAttributeValues(Map.of(":increment",
                                AttributeValue.fromN(Long.toString((long) occurrences * perOccurrence))))
                        .build())
                .build()));
        return items;
    }

    private Map<String, Long> currentCounts(Words words) {
        List<Map<String, AttributeValue>> keys = words.occurrences().keySet().stream().map(WordsTable::keyOf).toList();
        Map<String, KeysAndAttributes> pending = Map.of(tableName, KeysAndAttributes.builder()
                .keys(keys).consistentRead(true).build());
        Map<String, Long> counts = new LinkedHashMap<>();
        words.occurrences().keySet().forEach(word -> counts.put(word, 0L));
        // BatchGetItem may leave keys unprocessed under load; ask again for those only.
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> ask = pending;
            BatchGetItemResponse response = dynamoDb.batchGetItem(builder -> builder.requestItems(ask));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(tableName, List.of())) {
                counts.put(item.get(WordsTable.KEY).s(), Long.parseLong(item.get(WordsTable.COUNT).n()));
            }
            pending = response.unprocessedKeys();
        }
        return counts;
    }
}
