package workshop.movies;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a Query or Scan: the items read, and where the next page starts.
 *
 * @param items            what this page holds, converted from DynamoDB items
 * @param lastEvaluatedKey DynamoDB's {@code LastEvaluatedKey}, to pass as {@code ExclusiveStartKey}
 *                         for the next page; empty when DynamoDB says there is none. (DynamoDB may
 *                         return one after the last item too, when the page ended exactly there: the
 *                         next page is then empty and has none.)
 * @param <T>              the type of the items
 */
public record TablePage<T>(List<T> items, Map<String, AttributeValue> lastEvaluatedKey) {

    public TablePage {
        items = List.copyOf(items);
        lastEvaluatedKey = lastEvaluatedKey == null ? Map.of() : Map.copyOf(lastEvaluatedKey);
    }

    public boolean isLast() {
        return lastEvaluatedKey.isEmpty();
    }
}
