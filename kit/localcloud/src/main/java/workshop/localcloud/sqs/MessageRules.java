package workshop.localcloud.sqs;

import static workshop.localcloud.sqs.MessageText.isNumber;
import static workshop.localcloud.sqs.MessageText.utf8Length;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * What SQS accepts as a message, from the {@code SendMessage} reference: a non-empty body of
 * allowed Unicode characters, at most 10 well-formed message attributes, and a total size (body
 * plus attribute names, types and values) within the queue's {@code MaximumMessageSize}.
 */
final class MessageRules {

    static final int MAX_MESSAGE_ATTRIBUTES = 10;

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
    private static final Pattern DATA_TYPE = Pattern.compile("(String|Number|Binary)(\\..{1,249})?");

    private MessageRules() {
    }

    /** Checks body and attributes; throws the error SQS returns for the first rule broken. */
    static void validate(String body, Map<String, MessageAttributeValue> attributes, int maximumSize) {
        if (body == null || body.isEmpty()) {
            throw SqsErrors.missingParameter("MessageBody");
        }
        requireAllowedCharacters(body);
        validateAttributes(attributes);
        long size = sizeOf(body, attributes);
        if (size > maximumSize) {
            throw SqsErrors.invalidParameterValue("One or more parameters are invalid. Reason: Message must be"
                    + " shorter than " + maximumSize + " bytes.");
        }
    }

    /** The size SQS counts against the limit: UTF-8 bytes of the body and of each attribute's parts. */
    static long sizeOf(String body, Map<String, MessageAttributeValue> attributes) {
        long size = utf8Length(body);
        for (Map.Entry<String, MessageAttributeValue> attribute : attributes.entrySet()) {
            MessageAttributeValue value = attribute.getValue();
            size += utf8Length(attribute.getKey()) + utf8Length(value.dataType());
            size += value.binaryValue() != null ? value.binaryValue().asByteArray().length
                                                : utf8Length(value.stringValue());
        }
        return size;
    }

    /**
     * SQS stores XML-safe text only: {@code #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD |
     * #x10000-#x10FFFF}. A lone surrogate in a Java string is outside that set too.
     */
    static void requireAllowedCharacters(String text) {
        boolean allowed = text.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF));
        if (!allowed) {
            throw SqsErrors.invalidMessageContents();
        }
    }

    private static void validateAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes.size() > MAX_MESSAGE_ATTRIBUTES) {
            throw SqsErrors.invalidParameterValue("Number of message attributes [" + attributes.size()
                    + "] exceeds the allowed maximum [" + MAX_MESSAGE_ATTRIBUTES + "].");
        }
        attributes.forEach(MessageRules::validateAttribute);
    }

    private static void validateAttribute(String name, MessageAttributeValue value) {
        if (!isValidAttributeName(name)) {
            throw SqsErrors.invalidParameterValue("Message (user) attribute name '" + name + "' is invalid."
                    + " It may contain alphanumerics, '_', '-' and '.' (not first, last or twice in a row),"
                    + " and must not start with 'AWS.' or 'Amazon.'.");
        }
        String dataType = value.dataType();
        if (dataType == null || dataType.isEmpty()) {
            throw SqsErrors.invalidParameterValue(
                    "The message attribute '" + name + "' must contain non-empty message attribute type.");
        }
        if (!DATA_TYPE.matcher(dataType).matches()) {
            throw SqsErrors.invalidParameterValue("The type of message (user) attribute '" + name
                    + "' is invalid. You must use only the following supported type prefixes: Binary, Number, String.");
        }
        boolean binary = dataType.startsWith("Binary");
        boolean hasValue = binary
                ? value.binaryValue() != null && value.binaryValue().asByteArray().length > 0
                : value.stringValue() != null && !value.stringValue().isEmpty();
        if (!hasValue) {
            throw SqsErrors.invalidParameterValue("The message attribute '" + name + "' must contain non-empty"
                    + " message attribute value for message attribute type '" + dataType + "'.");
        }
        if (!binary) {
            requireAllowedCharacters(value.stringValue());
        }
        if (dataType.startsWith("Number") && !isNumber(value.stringValue())) {
            throw SqsErrors.invalidParameterValue(
                    "Can't convert message attribute value '" + value.stringValue() + "' of '" + name + "' to a number.");
        }
    }

    private static boolean isValidAttributeName(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return ATTRIBUTE_NAME.matcher(name).matches()
                && !name.startsWith(".") && !name.endsWith(".") && !name.contains("..")
                && !lowerCase.startsWith("aws.") && !lowerCase.startsWith("amazon.");
    }
}
