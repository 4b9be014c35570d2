package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stream's record format, the movie's own rules, and the error entries' deterministic ids. */
class MovieJsonTest {

    private static final Movie AMELIE = new Movie("tt0211915", "Amélie", "Le Fabuleux Destin d'Amélie Poulain", false,
            2001, 122, List.of("Comedy", "Romance"));
    private static final Movie UNDATED = new Movie("tt0000009", "Miss Jerry", "Miss Jerry", false, null, null, List.of());

    @Test
    void aMovieSurvivesTheRoundTripNonAsciiAndMissingValuesIncluded() {
        assertThat(MovieJson.fromJson(MovieJson.toJson(AMELIE))).isEqualTo(AMELIE);
        assertThat(MovieJson.fromJson(MovieJson.toJson(UNDATED))).isEqualTo(UNDATED);
    }

    @Test
    void aMissingYearOrRuntimeIsLeftOutNotWrittenAsZero() {
        assertThat(MovieJson.toJson(UNDATED)).doesNotContain("startYear").doesNotContain("runtimeMinutes");
        assertThat(MovieJson.fromJson("{\"id\":\"tt0000009\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\","
                + "\"isAdult\":true,\"startYear\":null}").startYear()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "this is not JSON                                                            | not JSON (at line 1 column 7)",
        "[1, 2]                                                                      | not a JSON object",
        "{\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false}          | id is missing",
        "{\"id\":42,\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false} | id is not a string: 42",
        "{\"id\":\"x1\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false} | id 'x1' is not a title id (tt followed by at least 7 digits)",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\" \",\"originalTitle\":\"a\",\"isAdult\":false} | primaryTitle is missing or blank",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":\"no\"} | isAdult is not true or false: \"no\"",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"startYear\":\"1994\"} | startYear is not a number: \"1994\"",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"startYear\":1994.5} | startYear is not a whole number: 1994.5",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"startYear\":19} | startYear 19 is not a plausible year",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"runtimeMinutes\":0} | runtimeMinutes 0 is not positive",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"genres\":\"Drama\"} | genres is not a list: \"Drama\"",
        "{\"id\":\"tt0000001\",\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false,\"genres\":[1]} | genres holds something other than a string: 1",
        "{\"id\":{\"a\":1},\"primaryTitle\":\"a\",\"originalTitle\":\"a\",\"isAdult\":false} | id has the wrong type: {\"a\":1}",
    })
    void aBadRecordIsRejectedWithAReasonAPersonCanActOn(String json, String reason) {
        assertThatThrownBy(() -> MovieJson.fromJson(json))
                .isInstanceOf(MalformedMovieException.class)
                .hasMessage(reason);
    }

    @Test
    void errorEntryIdsComeFromWhatWentWrongSoARedeliveryWritesTheSameEntry() {
        Instant time = Instant.parse("2026-11-23T10:00:00Z");
        byte[] payload = "not a movie".getBytes(StandardCharsets.UTF_8);

        ErrorEntry record = ErrorEntry.forRecord("shardId-000000000000", "4960", "key", payload, "not JSON", time);
        ErrorEntry again = ErrorEntry.forRecord("shardId-000000000000", "4960", "key", payload, "not JSON", time.plusSeconds(60));

        assertThat(record.id()).isEqualTo("record#shardId-000000000000#4960").isEqualTo(again.id());
        assertThat(record.details()).containsEntry("payload", "not a movie").containsEntry("payloadBytes", "11");
        ErrorEntry page = ErrorEntry.forPage("http://example.org/movies?page=2", "no listing", "x".repeat(1_000), time);
        assertThat(page.id()).isEqualTo("page#http://example.org/movies?page=2");
        assertThat(page.details().get("excerpt")).hasSize(ErrorEntry.EXCERPT_LIMIT + 1).endsWith("…");
        ErrorEntry longUrl = ErrorEntry.forPage("http://example.org/" + "a".repeat(2_000), "no listing", "", time);
        assertThat(longUrl.id()).startsWith("page#sha256:").hasSize("page#sha256:".length() + 64);
    }
}
