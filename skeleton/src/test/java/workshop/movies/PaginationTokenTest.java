package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PaginationTokenTest {

    private static final Map<String, AttributeValue> YEAR_KEY =
            Map.of("id", AttributeValue.fromS("tt0292215"), "startYear", AttributeValue.fromN("2002"));

    @Test
    void aKeyComesBackFromItsToken() {
        String token = PaginationToken.encode(YEAR_KEY).orElseThrow();

        assertThat(PaginationToken.decode(token)).contains(YEAR_KEY);
    }

    @Test
    void theTokenIsUrlSafeBase64OfTheKeyAsJson() {
        String token = PaginationToken.encode(YEAR_KEY).orElseThrow();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":{\"S\":\"tt0292215\"},\"startYear\":{\"N\":\"2002\"}}");
    }

    @Test
    void aKeyWithAnyCharacterSurvives() {
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("page#https://example.org/filmes?página=2&x=\"ü\""));

        assertThat(PaginationToken.decode(PaginationToken.encode(key).orElseThrow())).contains(key);
    }

    @Test
    void thereIsNoTokenAfterTheLastPage() {
        assertThat(PaginationToken.encode(Map.of())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @ValueSource(strings = {
            "",
            "not a token!",
            "eyJpZCI6",                         // cut short
            "bm90IGpzb24",                      // "not json"
            "W10",                              // []
            "e30",                              // {}
            "eyJpZCI6InR0MDI5MjIxNSJ9",         // {"id":"tt0292215"}: untyped
            "eyJpZCI6eyJCIjoiQUFBPSJ9fQ",       // {"id":{"B":"AAA="}}: binary
            "eyJpZCI6eyJOIjoiMTl4NCJ9fQ",       // {"id":{"N":"19x4"}}: not a number
            "eyJpZCI6eyJTIjoieCIsIk4iOiIxIn19", // {"id":{"S":"x","N":"1"}}: two types
            "eyJpZCI6eyJTIjoxMn19",             // {"id":{"S":12}}: S not a string
            "e2lkOntTOnR0MDI5MjIxNX19",         // {id:{S:tt0292215}}: lenient JSON
            "eyJpZCI6IHsiUyI6InR0MDI5MjIxNSJ9fQ", // {"id": {"S":...}}: a space the API never writes
            "eyJpZCI6eyJTIjoidHQwMjkyMjE1MCJ9fQ==" // {"id":{"S":"tt02922150"}}, padded: the API writes no padding
    })
    void anythingElseIsNotAToken(String token) {
        assertThat(PaginationToken.decode(token)).isEmpty();
    }

    @Test
    void theSpellingsTheApiWritesOfTheLastOnesAreTokens() {
        assertThat(PaginationToken.decode("eyJpZCI6eyJTIjoidHQwMjkyMjE1In19"))
                .contains(Map.of("id", AttributeValue.fromS("tt0292215")));
        assertThat(PaginationToken.decode("eyJpZCI6eyJTIjoidHQwMjkyMjE1MCJ9fQ"))
                .contains(Map.of("id", AttributeValue.fromS("tt02922150")));
    }

    @Test
    void aVeryLongTokenIsRefusedUnread() {
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("x".repeat(PaginationToken.MAX_LENGTH)));

        assertThat(PaginationToken.decode(PaginationToken.encode(key).orElseThrow())).isEmpty();
    }
}
