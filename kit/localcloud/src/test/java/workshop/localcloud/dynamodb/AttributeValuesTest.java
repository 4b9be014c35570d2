package workshop.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeValuesTest {

    private static final SdkBytes HELLO = SdkBytes.fromString("hello", StandardCharsets.UTF_8);
    private static final String HELLO_BASE64 = "aGVsbG8=";

    @Test
    void scalarsBecomeTheirJavaCounterparts() {
        assertThat(AttributeValues.toPlain(AttributeValue.fromS("Alien"))).isEqualTo("Alien");
        assertThat(AttributeValues.toPlain(AttributeValue.fromBool(true))).isEqualTo(true);
        assertThat(AttributeValues.toPlain(AttributeValue.fromNul(true))).isNull();
        assertThat(AttributeValues.toPlain(AttributeValue.fromB(HELLO))).isEqualTo(HELLO_BASE64);
    }

    @Test
    void numbersKeepEveryDigit() {
        String thirtyEightDigits = "12345678901234567890.123456789012345678";

        assertThat(AttributeValues.toPlain(AttributeValue.fromN(thirtyEightDigits)))
                .isEqualTo(new BigDecimal(thirtyEightDigits));
        assertThat(AttributeValues.toPlain(AttributeValue.fromN("1979"))).isEqualTo(new BigDecimal("1979"));
    }

    @Test
    void setsBecomeListsOfTheirElements() {
        assertThat(AttributeValues.toPlain(AttributeValue.fromSs(List.of("a", "b")))).isEqualTo(List.of("a", "b"));
        assertThat(AttributeValues.toPlain(AttributeValue.fromNs(List.of("1", "2.5"))))
                .isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("2.5")));
        assertThat(AttributeValues.toPlain(AttributeValue.fromBs(List.of(HELLO)))).isEqualTo(List.of(HELLO_BASE64));
    }

    @Test
    void listsAndMapsAreConvertedAllTheWayDown() {
        AttributeValue nested = AttributeValue.fromM(Map.of(
                "title", AttributeValue.fromS("Alien"),
                "cast", AttributeValue.fromL(List.of(
                        AttributeValue.fromS("Sigourney Weaver"),
                        AttributeValue.fromNul(true),
                        AttributeValue.fromM(Map.of("age", AttributeValue.fromN("30")))))));

        assertThat(AttributeValues.toPlain(nested)).isEqualTo(Map.of(
                "title", "Alien",
                "cast", Arrays.asList("Sigourney Weaver", null, Map.of("age", new BigDecimal("30")))));
    }

    @Test
    void anItemPrintsAsPlainJsonWithSortedNames() {
        Map<String, AttributeValue> item = Map.of(
                "year", AttributeValue.fromN("1979"),
                "id", AttributeValue.fromS("alien"),
                "poster", AttributeValue.fromB(HELLO),
                "sequel", AttributeValue.fromNul(true));

        String json = new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(AttributeValues.toPlain(item));

        assertThat(json).isEqualTo("{\"id\":\"alien\",\"poster\":\"aGVsbG8=\",\"sequel\":null,\"year\":1979}");
    }
}
