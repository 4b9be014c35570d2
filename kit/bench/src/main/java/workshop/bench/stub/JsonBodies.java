package workshop.bench.stub;

import com.google.gson.JsonObject;

/** Small JSON bodies shared by the JSON-protocol stubs. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** AWS's JSON error body: {@code {"__type": "<code>", "message": "..."}}. */
    static JsonObject error(String code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("__type", code);
        error.addProperty("message", message);
        return error;
    }
}
