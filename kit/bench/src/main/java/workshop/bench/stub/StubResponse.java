package workshop.bench.stub;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the stub sends back for one request.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type}
 * @param headers     more headers, e.g. {@code x-amzn-ErrorType} on an error
 * @param body        the body
 */
record StubResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    StubResponse {
        headers = Map.copyOf(headers);
    }

    static StubResponse of(int status, String contentType, String body) {
        return new StubResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** An error the way AWS's JSON protocols send one: the code in a header and in {@code __type}. */
    static StubResponse jsonError(String contentType, String code, String message) {
        return new StubResponse(400, contentType, Map.of("x-amzn-ErrorType", code),
                JsonBodies.error(code, message).toString().getBytes(StandardCharsets.UTF_8));
    }
}
