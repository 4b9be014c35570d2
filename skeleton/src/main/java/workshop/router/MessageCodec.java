package workshop.router;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The wire format of a message: one stream record each, UTF-8 JSON.
 *
 * <pre>{"messageType":"pageUrl",
 *  "system":{"messageId":"…","runId":"…","timestamp":"2026-11-23T10:00:00Z","parentId":null,"depth":0},
 *  "body":{…}}</pre>
 *
 * The envelope is read field by field, so that a record that is not a message is rejected with a
 * reason a person can act on. The body stays JSON until a handler asks for it as its own class
 * ({@link #bodyAs}): several handlers of one type may read it as different classes.
 */
public final class MessageCodec {

    /**
     * Without HTML escaping: Gson's default writes {@code <}, {@code >}, {@code &}, {@code =} and {@code '}
     * as six-character escapes, which makes a message carrying a web page up to six times larger on the
     * stream (records are limited to 1 MiB) for no reader's benefit: these messages never go into HTML.
     */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private MessageCodec() {
    }

    /** The record's data: {@code body} is any object Gson writes as a JSON object (a record, a class, a {@link JsonObject}). */
    public static byte[] encode(String messageType, Envelope envelope, Object body) {
        requireType(messageType);
        JsonElement bodyJson = GSON.toJsonTree(body);
        if (!bodyJson.isJsonObject()) {
            throw new IllegalArgumentException("a message body must be a JSON object, not " + bodyJson);
        }
        JsonObject system = new JsonObject();
        system.addProperty("messageId", envelope.messageId());
        system.addProperty("runId", envelope.runId());
        system.addProperty("timestamp", envelope.timestamp().toString());
        system.add("parentId", envelope.parentId() == null ? JsonNull.INSTANCE : new JsonPrimitive(envelope.parentId()));
        system.addProperty("depth", envelope.depth());

        JsonObject message = new JsonObject();
        message.addProperty("messageType", messageType);
        message.add("system", system);
        message.add("body", bodyJson);
        // JsonElement.toString writes JSON nulls, so "parentId":null is there as the format says.
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The message in a record's data; an {@link UndecodableMessageException} says what is wrong with it. */
    public static RoutedMessage decode(byte[] data) {
        JsonObject json = parseObject(utf8(data));
        String messageType = requiredString(json, "messageType", "messageType");
        JsonObject system = requiredObject(json, "system");
        JsonObject body = requiredObject(json, "body");
        return new RoutedMessage(messageType, envelope(system), body);
    }

    /** The body as {@code bodyType}, decoded by Gson; {@link UndecodableMessageException} when it does not fit. */
    public static <T> T bodyAs(JsonObject body, Class<T> bodyType) {
        try {
            return GSON.fromJson(body, bodyType);
        } catch (RuntimeException doesNotFit) {
            // JsonSyntaxException for a wrong type ("url" a number), a plain RuntimeException when a
            // record's constructor refused the values: either way this body is not a bodyType.
            String cause = doesNotFit.getCause() != null ? doesNotFit.getCause().getMessage() : doesNotFit.getMessage();
            throw new UndecodableMessageException("body does not fit " + bodyType.getSimpleName() + ": " + cause);
        }
    }

    static void requireType(String messageType) {
        if (messageType == null || messageType.isBlank()) {
            throw new IllegalArgumentException("a message needs a messageType");
        }
    }

    private static Envelope envelope(JsonObject system) {
        String messageId = requiredString(system, "messageId", "system.messageId");
        String runId = requiredString(system, "runId", "system.runId");
        Instant timestamp = timestamp(system);
        String parentId = optionalString(system, "parentId", "system.parentId");
        int depth = depth(system);
        try {
            return new Envelope(messageId, runId, timestamp, parentId, depth);
        } catch (IllegalArgumentException invalid) {
            throw new UndecodableMessageException("invalid system fields: " + invalid.getMessage());
        }
    }

    private static Instant timestamp(JsonObject system) {
        String text = requiredString(system, "timestamp", "system.timestamp");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UndecodableMessageException("system.timestamp is not an ISO-8601 instant: \"" + text + "\"");
        }
    }

    private static int depth(JsonObject system) {
        JsonElement value = system.get("depth");
        if (value == null || value.isJsonNull()) {
            throw new UndecodableMessageException("system.depth is missing");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new UndecodableMessageException("system.depth is not a number: " + value);
        }
        try {
            return value.getAsBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new UndecodableMessageException("system.depth is not a whole number: " + value);
        }
    }

    private static String utf8(byte[] data) {
        // new String(data, UTF_8) would quietly turn invalid bytes into U+FFFD; REPORT refuses them.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(data);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UndecodableMessageException("not UTF-8: invalid byte sequence at offset " + bytes.position());
        }
    }

    private static JsonObject parseObject(String text) {
        JsonElement element;
        try {
            element = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new UndecodableMessageException("not JSON: " + e.getMessage());
        }
        if (!element.isJsonObject()) {
            throw new UndecodableMessageException("not a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static JsonObject requiredObject(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            throw new UndecodableMessageException(field + " is missing");
        }
        if (!value.isJsonObject()) {
            throw new UndecodableMessageException(field + " is not an object: " + value);
        }
        return value.getAsJsonObject();
    }

    private static String requiredString(JsonObject json, String field, String path) {
        String value = optionalString(json, field, path);
        if (value == null) {
            throw new UndecodableMessageException(path + " is missing");
        }
        if (value.isBlank()) {
            throw new UndecodableMessageException(path + " is blank");
        }
        return value;
    }

    private static String optionalString(JsonObject json, String field, String path) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new UndecodableMessageException(path + " is not a string: " + value);
        }
        return value.getAsString();
    }
}
