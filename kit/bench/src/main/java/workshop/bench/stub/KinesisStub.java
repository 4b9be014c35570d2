package workshop.bench.stub;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Kinesis ({@code X-Amz-Target: Kinesis_20131202.<Operation>}): every record put is accepted.
 *
 * <p>The SDK talks CBOR to Kinesis by default ({@code application/x-amz-cbor-1.1}); the stub answers in
 * CBOR then, so the children run the SDK's real path, CBOR codec included. With CBOR turned off (the
 * SDK's {@code aws.cborEnabled=false} or {@code CBOR_ENABLED=false}) requests come as JSON 1.1 and are
 * answered in JSON.
 */
final class KinesisStub {

    static final String TARGET_PREFIX = "Kinesis_20131202.";
    static final String CBOR = "application/x-amz-cbor-1.1";
    static final String JSON = "application/x-amz-json-1.1";

    private static final String SHARD = "shardId-000000000000";

    private KinesisStub() {
    }

    /** @return the answer, or null for an operation the stub does not know */
    static StubResponse answer(String operation, String contentType, byte[] body) {
        boolean cbor = contentType != null && contentType.startsWith(CBOR);
        JsonObject request = (cbor ? Cbor.read(body) : JsonParser.parseString(new String(body, StandardCharsets.UTF_8)))
                .getAsJsonObject();
        JsonObject response;
        switch (operation) {
            case "PutRecords" -> {
                JsonArray results = new JsonArray();
                int records = request.getAsJsonArray("Records").size();
                for (int i = 0; i < records; i++) {
                    results.add(putResult(i));
                }
                response = new JsonObject();
                response.addProperty("FailedRecordCount", 0);
                response.add("Records", results);
            }
            case "PutRecord" -> response = putResult(0);
            default -> {
                return null;
            }
        }
        return cbor ? encoded(response) : StubResponse.of(200, JSON, response.toString());
    }

    /** An error in the request's own wire format, as Kinesis sends one. */
    static StubResponse error(String contentType, String code, String message) {
        if (contentType != null && contentType.startsWith(CBOR)) {
            return new StubResponse(400, CBOR, Map.of("x-amzn-ErrorType", code), Cbor.write(JsonBodies.error(code, message)));
        }
        return StubResponse.jsonError(JSON, code, message);
    }

    private static JsonObject putResult(int index) {
        JsonObject result = new JsonObject();
        result.addProperty("SequenceNumber", String.format("4960000000000000000000000000000000000000000000%010d", index));
        result.addProperty("ShardId", SHARD);
        return result;
    }

    private static StubResponse encoded(JsonElement response) {
        return new StubResponse(200, CBOR, Map.of(), Cbor.write(response));
    }
}
