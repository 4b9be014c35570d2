package workshop.localcloud.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one Gson the gateway uses to do what Lambda's runtime does with JSON: serialise what a handler
 * returned, and give {@code Map}-typed handlers the event's JSON form.
 */
final class Json {

    /**
     * Whole numbers stay {@code Long} (Gson would otherwise make {@code requestTimeEpoch} a
     * {@code Double}); HTML characters are not escaped, so a body reads as the handler wrote it.
     */
    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .create();

    private static final TypeToken<LinkedHashMap<String, Object>> MAP = new TypeToken<>() {
    };

    private Json() {
    }

    /** The event as the nested maps Lambda gives a {@code Map}-typed handler. */
    static Map<String, Object> toMap(Object event) {
        return GSON.fromJson(GSON.toJsonTree(event), MAP);
    }

    /** What the handler returned, as the JSON Lambda would hand to API Gateway. */
    static JsonElement toTree(Object handlerOutput) {
        return GSON.toJsonTree(handlerOutput);
    }

    static String write(Object value) {
        return GSON.toJson(value);
    }
}
