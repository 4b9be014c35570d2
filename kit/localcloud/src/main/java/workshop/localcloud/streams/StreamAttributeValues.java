package workshop.localcloud.streams;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts the SDK v2 {@code AttributeValue} of a stream record into the attribute value class of
 * {@code aws-lambda-java-events}, which is what a {@code DynamodbEvent} carries.
 */
final class StreamAttributeValues {

    private StreamAttributeValues() {
    }

    static Map<String, AttributeValue> toEventModel(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        item.forEach((name, value) -> converted.put(name, toEventModel(value)));
        return converted;
    }

    static AttributeValue toEventModel(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        AttributeValue converted = new AttributeValue();
        switch (value.type()) {
            case S -> converted.setS(value.s());
            case N -> converted.setN(value.n());
            case B -> converted.setB(ByteBuffer.wrap(value.b().asByteArray()));
            case BOOL -> converted.setBOOL(value.bool());
            case NUL -> converted.setNULL(Boolean.TRUE);
            case SS -> converted.setSS(value.ss());
            case NS -> converted.setNS(value.ns());
            case BS -> converted.setBS(value.bs().stream().map(bytes -> ByteBuffer.wrap(bytes.asByteArray())).toList());
            case L -> converted.setL(value.l().stream().map(StreamAttributeValues::toEventModel).toList());
            case M -> converted.setM(toEventModel(value.m()));
            default -> throw new IllegalArgumentException("unknown attribute value type in a stream record: " + value);
        }
        return converted;
    }
}
