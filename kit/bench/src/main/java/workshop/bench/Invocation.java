package workshop.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One invocation, ready to run: the event, the function's environment for it, and what its response
 * must look like.
 *
 * @param event       the event's JSON
 * @param environment the function's variables (serverless.yml's, then the fixture's)
 * @param expected    an object: members the response must have with these values; otherwise the whole
 *                    response (e.g. JSON null for a handler that returns nothing)
 * @param expectedCalls the calls the stub must answer during the invocation, exactly and in order (as
 *                      {@link workshop.bench.stub.AwsStub#calls()} names them); null when not checked
 */
public record Invocation(String event, Map<String, String> environment, JsonElement expected,
                         List<String> expectedCalls) {

    public Invocation {
        environment = Map.copyOf(environment);
        expectedCalls = expectedCalls == null ? null : List.copyOf(expectedCalls);
    }

    /**
     * What is wrong with the calls the stub answered during the invocation; empty when they are the
     * fixture's (or it names none). An answer alone cannot show that a handler did its work: a message the
     * router could not decode is acknowledged too, after a write to the error table instead of the stream.
     */
    public Optional<String> problemWithCalls(List<String> calls) {
        if (expectedCalls == null || expectedCalls.equals(calls)) {
            return Optional.empty();
        }
        return Optional.of("expected the calls " + expectedCalls + ", got " + calls);
    }

    /** What is wrong with {@code responseJson}; empty when it is what the fixture expects. */
    public Optional<String> problemWith(String responseJson) {
        JsonElement response;
        try {
            response = JsonParser.parseString(responseJson);
        } catch (JsonParseException e) {
            return Optional.of("the response is not JSON: " + responseJson);
        }
        if (!expected.isJsonObject()) {
            return expected.equals(response) ? Optional.empty()
                    : Optional.of("expected the response " + expected + ", got " + response);
        }
        if (!response.isJsonObject()) {
            return Optional.of("expected a response with " + expected + ", got " + response);
        }
        for (Map.Entry<String, JsonElement> member : expected.getAsJsonObject().entrySet()) {
            JsonElement actual = response.getAsJsonObject().get(member.getKey());
            if (!member.getValue().equals(actual)) {
                return Optional.of("expected " + member.getKey() + " = " + member.getValue() + ", got " + actual
                        + " in " + response);
            }
        }
        return Optional.empty();
    }
}
