package workshop.localcloud.dynamodb;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's typed {@link AttributeValue}s into plain Java values that Gson (or any JSON
 * writer) prints as a person expects: the admin view, the CLI and the stream poller show items with
 * this, without DynamoDB's {@code {"S": ...}} wrappers.
 *
 * <table>
 *   <caption>Conversions</caption>
 *   <tr><th>DynamoDB</th><th>Java</th></tr>
 *   <tr><td>S</td><td>{@code String}</td></tr>
 *   <tr><td>N</td><td>{@code BigDecimal} (exact: DynamoDB numbers have up to 38 digits)</td></tr>
 *   <tr><td>B</td><td>{@code String}, base64 as in DynamoDB's own JSON</td></tr>
 *   <tr><td>BOOL</td><td>{@code Boolean}</td></tr>
 *   <tr><td>NULL</td><td>{@code null}</td></tr>
 *   <tr><td>L</td><td>{@code List}</td></tr>
 *   <tr><td>M</td><td>{@code Map}, keys sorted so that output is stable</td></tr>
 *   <tr><td>SS, NS, BS</td><td>{@code List} of the element conversions above</td></tr>
 * </table>
 *
 * <p>The conversion loses the difference between a list and a set, and between a string and a
 * binary value: it is for showing data, not for writing it back.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** One whole item (or any attribute map): attribute name → plain value, names sorted. */
    public static Map<String, Object> toPlain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new TreeMap<>();
        item.forEach((name, value) -> plain.put(name, toPlain(value)));
        return plain;
    }

    /** One attribute value; see the class comment for the mapping. */
    public static Object toPlain(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case B -> base64(value.b());
            case BOOL -> value.bool();
            case NUL -> null;
            case L -> value.l().stream().map(AttributeValues::toPlain).toList(); // keeps nulls
            case M -> toPlain(value.m());
            case SS -> List.copyOf(value.ss());
            case NS -> value.ns().stream().map(BigDecimal::new).toList();
            case BS -> value.bs().stream().map(AttributeValues::base64).toList();
            case UNKNOWN_TO_SDK_VERSION ->
                    throw new IllegalArgumentException("attribute value of a type this SDK does not know: " + value);
        };
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
