package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_531_420_618L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final byte[] BODY = "token=xyz&team_id=T1&command=%2Fcount&text=hello+world".getBytes(StandardCharsets.UTF_8);

    private final SlackSignature signature = new SlackSignature(SECRET, CLOCK);

    @Test
    void aSignatureMadeWithTheSecretPasses() {
        String signed = signature.sign(Long.toString(NOW), BODY);

        assertThat(signed).startsWith("v0=").hasSize(3 + 64);
        assertThat(signature.problemWith(Long.toString(NOW), signed, BODY)).isEmpty();
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfVersionTimestampAndBody() {
        // Computed independently: printf 'v0:1531420618:hello' | openssl dgst -sha256 -hmac 8f742231b10e8888abcd99yyyzzz85a5
        assertThat(signature.sign("1531420618", "hello".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v0=e8beca64fdd1a137bebe4f274bd47abcbee4e63c101f4bc8461b7e9398109030");
    }

    @Test
    void aSignatureMadeWithAnotherSecretFails() {
        String forged = new SlackSignature("another-secret", CLOCK).sign(Long.toString(NOW), BODY);

        assertThat(signature.problemWith(Long.toString(NOW), forged, BODY)).contains("invalid X-Slack-Signature");
    }

    @Test
    void anAlteredBodyFails() {
        String signed = signature.sign(Long.toString(NOW), BODY);
        byte[] altered = "token=xyz&team_id=T1&command=%2Fcount&text=hello+worlds".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.problemWith(Long.toString(NOW), signed, altered)).contains("invalid X-Slack-Signature");
    }

    @Test
    void aChangedTimestampFailsEvenWithinTheWindow() {
        String signed = signature.sign(Long.toString(NOW), BODY);

        assertThat(signature.problemWith(Long.toString(NOW - 1), signed, BODY)).contains("invalid X-Slack-Signature");
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayFailInBothDirections() {
        for (long timestamp : new long[] {NOW - 301, NOW + 301}) {
            String signed = signature.sign(Long.toString(timestamp), BODY);

            assertThat(signature.problemWith(Long.toString(timestamp), signed, BODY))
                    .hasValueSatisfying(problem -> assertThat(problem).startsWith("stale request"));
        }
    }

    @Test
    void timestampsExactlyFiveMinutesAwayPass() {
        for (long timestamp : new long[] {NOW - 300, NOW + 300}) {
            assertThat(signature.problemWith(Long.toString(timestamp), signature.sign(Long.toString(timestamp), BODY), BODY))
                    .isEmpty();
        }
    }

    @Test
    void missingOrMalformedHeadersFail() {
        String signed = signature.sign(Long.toString(NOW), BODY);

        assertThat(signature.problemWith(null, signed, BODY)).contains("missing X-Slack-Request-Timestamp header");
        assertThat(signature.problemWith(Long.toString(NOW), null, BODY)).contains("missing X-Slack-Signature header");
        assertThat(signature.problemWith(" ", signed, BODY)).contains("missing X-Slack-Request-Timestamp header");
        assertThat(signature.problemWith("yesterday", signed, BODY)).contains("X-Slack-Request-Timestamp is not a number of seconds");
        assertThat(signature.problemWith(Long.toString(NOW), "v0=abc", BODY)).contains("invalid X-Slack-Signature");
        assertThat(signature.problemWith(Long.toString(NOW), signed.toUpperCase(), BODY)).contains("invalid X-Slack-Signature");
    }
}
