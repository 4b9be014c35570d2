package workshop.localcloud.sns;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** How a published message's attributes appear in what SNS delivers. */
final class DeliveredAttributes {

    private DeliveredAttributes() {
    }

    /** In Lambda events and SQS envelopes an attribute's value is text; binary values are Base64. */
    static String textOf(MessageAttributeValue value) {
        return value.binaryValue() != null
                ? Base64.getEncoder().encodeToString(value.binaryValue().asByteArray())
                : value.stringValue();
    }

    /** With raw message delivery to SQS, SNS attributes become SQS message attributes of the same type. */
    static Map<String, software.amazon.awssdk.services.sqs.model.MessageAttributeValue> asSqsAttributes(
            Map<String, MessageAttributeValue> attributes) {
        Map<String, software.amazon.awssdk.services.sqs.model.MessageAttributeValue> sqsAttributes =
                new LinkedHashMap<>();
        attributes.forEach((name, value) -> sqsAttributes.put(name,
                software.amazon.awssdk.services.sqs.model.MessageAttributeValue.builder()
                        .dataType(value.dataType())
                        .stringValue(value.stringValue())
                        .binaryValue(value.binaryValue())
                        .build()));
        return sqsAttributes;
    }
}
