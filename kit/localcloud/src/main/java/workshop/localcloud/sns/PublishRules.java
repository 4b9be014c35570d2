package workshop.localcloud.sns;

import static workshop.localcloud.sqs.MessageText.isNumber;
import static workshop.localcloud.sqs.MessageText.utf8Length;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * What SNS accepts for publishing, from the {@code Publish} reference: a non-empty message of at
 * most 256 KiB together with its attributes, an optional short ASCII subject, well-formed message
 * attributes, and, with {@code MessageStructure=json}, a JSON object with a {@code default} entry.
 */
final class PublishRules {

    /** 256 KiB: bytes, not characters, message and attributes together. */
    static final int MAX_MESSAGE_SIZE = 262_144;

    static final String DEFAULT_PROTOCOL_KEY = "default";

    private static final int MAX_SUBJECT_LENGTH = 100;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
    private static final Pattern DATA_TYPE = Pattern.compile("String\\.Array|(String|Number|Binary)(\\..+)?");

    private PublishRules() {
    }

    /**
     * Checks a message to publish and returns its text per protocol: always a {@code default}
     * entry, plus one per protocol key of a JSON message structure.
     */
    static Map<String, String> validate(String message, String subject, String messageStructure,
                                        Map<String, MessageAttributeValue> attributes) {
        if (message == null || message.isEmpty()) {
            throw SnsErrors.invalidParameter("Empty message");
        }
        if (subject != null) {
            validateSubject(subject);
        }
        attributes.forEach(PublishRules::validateAttribute);
        if (sizeOf(message, attributes) > MAX_MESSAGE_SIZE) {
            throw SnsErrors.invalidParameter("Message too long");
        }
        return messagesPerProtocol(message, messageStructure);
    }

    /** The size SNS counts against the limit: UTF-8 bytes of the message and of each attribute's parts. */
    static long sizeOf(String message, Map<String, MessageAttributeValue> attributes) {
        long size = utf8Length(message);
        for (Map.Entry<String, MessageAttributeValue> attribute : attributes.entrySet()) {
            MessageAttributeValue value = attribute.getValue();
            size += utf8Length(attribute.getKey()) + utf8Length(value.dataType());
            size += value.binaryValue() != null ? value.binaryValue().asByteArray().length
                                                : utf8Length(value.stringValue());
        }
        return size;
    }

    /** "Must be ASCII text that begins with a letter, number, or punctuation mark; no line breaks." */
    private static void validateSubject(String subject) {
        boolean printableAscii = subject.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH || !printableAscii
                || subject.charAt(0) == ' ') {
            throw SnsErrors.invalidParameter("Subject");
        }
    }

    private static void validateAttribute(String name, MessageAttributeValue value) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        if (!ATTRIBUTE_NAME.matcher(name).matches() || name.startsWith(".") || name.endsWith(".")
                || name.contains("..") || lowerCase.startsWith("aws.") || lowerCase.startsWith("amazon.")) {
            throw SnsErrors.invalidParameterValue("Message attribute name '" + name + "' is invalid.");
        }
        String dataType = value.dataType();
        if (dataType == null || dataType.isEmpty()) {
            throw SnsErrors.invalidParameterValue(
                    "The message attribute '" + name + "' must contain non-empty message attribute type.");
        }
        if (!DATA_TYPE.matcher(dataType).matches()) {
            throw SnsErrors.invalidParameterValue("The message attribute '" + name + "' has an invalid message"
                    + " attribute type, the set of supported type prefixes is Binary, Number, and String.");
        }
        boolean binary = dataType.startsWith("Binary");
        boolean hasValue = binary ? value.binaryValue() != null
                                  : value.stringValue() != null && !value.stringValue().isEmpty();
        if (!hasValue) {
            throw SnsErrors.invalidParameterValue("The message attribute '" + name + "' must contain non-empty"
                    + " message attribute value for message attribute type '" + dataType + "'.");
        }
        if (dataType.startsWith("Number") && !isNumber(value.stringValue())) {
            throw SnsErrors.invalidParameterValue("Could not cast message attribute '" + name + "' value to number.");
        }
        if (dataType.equals("String.Array") && !isJsonArray(value.stringValue())) {
            throw SnsErrors.invalidParameterValue(
                    "The message attribute '" + name + "' with type 'String.Array' must be a JSON array.");
        }
    }

    /**
     * With {@code MessageStructure=json} the message is a JSON object of protocol to text, with a
     * mandatory {@code default}; without it, the message is the text for every protocol.
     */
    private static Map<String, String> messagesPerProtocol(String message, String messageStructure) {
        if (messageStructure == null) {
            return Map.of(DEFAULT_PROTOCOL_KEY, message);
        }
        if (!messageStructure.equals("json")) {
            throw SnsErrors.invalidParameter("MessageStructure");
        }
        JsonObject structure;
        try {
            JsonElement parsed = JsonParser.parseString(message);
            if (!parsed.isJsonObject()) {
                throw SnsErrors.invalidParameter("Message Structure - JSON message body failed to parse");
            }
            structure = parsed.getAsJsonObject();
        } catch (JsonParseException notJson) {
            throw SnsErrors.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (!structure.has(DEFAULT_PROTOCOL_KEY)) {
            throw SnsErrors.invalidParameter("Message Structure - No default entry in JSON message body");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        structure.entrySet().forEach(entry -> {
            JsonElement text = entry.getValue();
            if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
                throw SnsErrors.invalidParameter("Message Structure - the value of '" + entry.getKey()
                        + "' must be a JSON string");
            }
            messages.put(entry.getKey(), text.getAsString());
        });
        return Map.copyOf(messages);
    }

    private static boolean isJsonArray(String text) {
        try {
            return JsonParser.parseString(text).isJsonArray();
        } catch (JsonParseException notJson) {
            return false;
        }
    }

}
