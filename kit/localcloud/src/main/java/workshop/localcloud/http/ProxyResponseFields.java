package workshop.localcloud.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a proxy response (the JSON form of {@code APIGatewayProxyResponseEvent} or
 * {@code APIGatewayV2HTTPResponse}), refusing what API Gateway would refuse.
 */
final class ProxyResponseFields {

    private ProxyResponseFields() {
    }

    /**
     * The status code: required, a whole number from 200 to 599. Note that
     * {@code APIGatewayV2HTTPResponse} has an {@code int} status, so forgetting to set it gives 0.
     */
    static int statusCode(JsonObject response) throws MalformedProxyResponseException {
        JsonElement status = response.get("statusCode");
        if (status == null || status.isJsonNull()) {
            throw new MalformedProxyResponseException("the response has no statusCode");
        }
        int code;
        try {
            code = status.getAsJsonPrimitive().getAsInt();
        } catch (RuntimeException notANumber) {
            throw new MalformedProxyResponseException("statusCode is not a number: " + status);
        }
        if (code < 200 || code > 599) {
            throw new MalformedProxyResponseException("statusCode " + code + " is not an HTTP status from 200 to 599");
        }
        return code;
    }

    /** {@code headers}: one value per name; numbers and booleans are sent as their text. */
    static Map<String, String> headers(JsonObject response) throws MalformedProxyResponseException {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonObject object = objectField(response, "headers");
        for (Map.Entry<String, JsonElement> header : object.entrySet()) {
            if (!header.getValue().isJsonNull()) {
                headers.put(header.getKey(), text(header.getValue(), "headers." + header.getKey()));
            }
        }
        return headers;
    }

    /** {@code multiValueHeaders}: a list of values per name. */
    static Map<String, List<String>> multiValueHeaders(JsonObject response) throws MalformedProxyResponseException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonObject object = objectField(response, "multiValueHeaders");
        for (Map.Entry<String, JsonElement> header : object.entrySet()) {
            if (!header.getValue().isJsonNull()) {
                headers.put(header.getKey(), texts(header.getValue(), "multiValueHeaders." + header.getKey()));
            }
        }
        return headers;
    }

    /** {@code cookies} of payload 2.0: each becomes a {@code Set-Cookie} header. */
    static List<String> cookies(JsonObject response) throws MalformedProxyResponseException {
        JsonElement cookies = response.get("cookies");
        return cookies == null || cookies.isJsonNull() ? List.of() : texts(cookies, "cookies");
    }

    /** {@code body}, decoded from base64 when {@code isBase64Encoded} is true; empty when absent. */
    static byte[] body(JsonObject response) throws MalformedProxyResponseException {
        JsonElement body = response.get("body");
        if (body == null || body.isJsonNull()) {
            return new byte[0];
        }
        if (!body.isJsonPrimitive()) {
            throw new MalformedProxyResponseException(
                    "body must be a string (serialise objects to JSON yourself), got " + body);
        }
        String text = body.getAsString();
        JsonElement base64 = response.get("isBase64Encoded");
        if (base64 != null && !base64.isJsonNull() && base64.getAsBoolean()) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                throw new MalformedProxyResponseException("isBase64Encoded is true but body is not base64: " + notBase64.getMessage());
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject objectField(JsonObject response, String name) throws MalformedProxyResponseException {
        JsonElement field = response.get(name);
        if (field == null || field.isJsonNull()) {
            return new JsonObject();
        }
        if (!field.isJsonObject()) {
            throw new MalformedProxyResponseException(name + " must be an object, got " + field);
        }
        return field.getAsJsonObject();
    }

    private static List<String> texts(JsonElement values, String name) throws MalformedProxyResponseException {
        if (!values.isJsonArray()) {
            throw new MalformedProxyResponseException(name + " must be a list of strings, got " + values);
        }
        List<String> texts = new ArrayList<>();
        for (JsonElement value : values.getAsJsonArray()) {
            texts.add(text(value, name));
        }
        return texts;
    }

    private static String text(JsonElement value, String name) throws MalformedProxyResponseException {
        if (!value.isJsonPrimitive()) {
            throw new MalformedProxyResponseException(name + " must be a string, got " + value);
        }
        return value.getAsString();
    }
}
