package workshop.bench.stub;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;

/**
 * DynamoDB's JSON 1.0 protocol ({@code X-Amz-Target: DynamoDB_20120810.<Operation>}), answered as an
 * empty database that accepts every write: reads find nothing, writes succeed, batches leave nothing
 * unprocessed. Enough for every function to run its whole request path once.
 *
 * <p>Condition expressions are not evaluated: every condition holds, as if the items it asks for were
 * there. Reads and conditions therefore disagree where a function checks both: the router's admission
 * ({@code TransactWriteItems} with {@code attribute_exists(pk)} on the run item) lets a message in as if
 * its run had been started, while a {@code GetItem} of that run finds nothing. The fixtures rely on the
 * first (a message is admitted and its handlers run); none reads an item after a condition on it.
 */
final class DynamoDbStub {

    static final String TARGET_PREFIX = "DynamoDB_20120810.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private DynamoDbStub() {
    }

    /** @return the answer, or null for an operation the stub does not know */
    static StubResponse answer(String operation, byte[] body) {
        JsonObject request = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject response = new JsonObject();
        switch (operation) {
            case "GetItem", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems" -> {
                // Nothing more: no item found; writes return no attributes unless asked for.
            }
            case "BatchWriteItem" -> response.add("UnprocessedItems", new JsonObject());
            case "BatchGetItem" -> {
                JsonObject responses = new JsonObject();
                request.getAsJsonObject("RequestItems").keySet().forEach(table -> responses.add(table, new JsonArray()));
                response.add("Responses", responses);
                response.add("UnprocessedKeys", new JsonObject());
            }
            case "Query", "Scan" -> {
                response.add("Items", new JsonArray());
                response.addProperty("Count", 0);
                response.addProperty("ScannedCount", 0);
            }
            default -> {
                return null;
            }
        }
        return StubResponse.of(200, CONTENT_TYPE, response.toString());
    }
}
