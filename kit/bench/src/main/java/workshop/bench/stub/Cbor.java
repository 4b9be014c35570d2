package workshop.bench.stub;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORFactory;

/**
 * CBOR bodies to JSON trees and back, with the SDK's own (shaded) Jackson CBOR codec, so the Kinesis
 * stub works on JSON whatever the wire format. CBOR byte strings (a record's {@code Data}) become
 * base64 text, as in the JSON protocol.
 */
final class Cbor {

    private static final CBORFactory FACTORY = new CBORFactory();

    private Cbor() {
    }

    static JsonElement read(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            parser.nextToken();
            return value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("not a CBOR body", e);
        }
    }

    static byte[] write(JsonElement value) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(body)) {
            write(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    private static JsonElement value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                JsonObject object = new JsonObject();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.add(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                JsonArray array = new JsonArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return new JsonPrimitive(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonPrimitive(parser.getNumberValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonPrimitive(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return JsonNull.INSTANCE;
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return new JsonPrimitive(Base64.getEncoder().encodeToString(parser.getBinaryValue()));
            }
            default -> throw new IOException("unexpected CBOR token " + token);
        }
    }

    private static void write(JsonElement value, JsonGenerator generator) throws IOException {
        if (value.isJsonObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
                generator.writeFieldName(member.getKey());
                write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value.isJsonArray()) {
            generator.writeStartArray();
            for (JsonElement item : value.getAsJsonArray()) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value.isJsonNull()) {
            generator.writeNull();
        } else if (value.getAsJsonPrimitive().isBoolean()) {
            generator.writeBoolean(value.getAsBoolean());
        } else if (value.getAsJsonPrimitive().isNumber()) {
            writeNumber(value.getAsBigDecimal(), generator);
        } else {
            generator.writeString(value.getAsString());
        }
    }

    /** A whole number as a CBOR integer: the SDK refuses a decimal where the model says integer. */
    private static void writeNumber(BigDecimal number, JsonGenerator generator) throws IOException {
        if (number.stripTrailingZeros().scale() <= 0) {
            generator.writeNumber(number.longValueExact());
        } else {
            generator.writeNumber(number.doubleValue());
        }
    }
}
