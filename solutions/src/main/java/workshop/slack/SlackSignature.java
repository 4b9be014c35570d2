package workshop.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request really comes from Slack, as Slack documents it ("Verifying requests from
 * Slack", https://api.slack.com/authentication/verifying-requests-from-slack).
 *
 * <p>Slack sends two headers: {@code X-Slack-Request-Timestamp} (Unix seconds) and
 * {@code X-Slack-Signature}, which is {@code v0=} followed by the hex HMAC-SHA256, keyed with the
 * app's signing secret, of {@code v0:<timestamp>:<raw body>}. We compute the same value and compare.
 *
 * <p>Three details matter:
 * <ul>
 *   <li>The HMAC covers the <b>raw body bytes</b>, exactly as sent: parse the form afterwards, never
 *       re-encode it to check the signature (a decoded and re-encoded body differs, e.g. {@code +} vs
 *       {@code %20}).</li>
 *   <li>The comparison is constant-time ({@link MessageDigest#isEqual}): a comparison that stops at the
 *       first different byte tells an attacker, by its timing, how much of a forged signature is right.</li>
 *   <li>The timestamp must be within five minutes of our clock, in either direction: a captured
 *       request cannot be replayed later, since changing its timestamp breaks the signature.</li>
 * </ul>
 */
public final class SlackSignature {

    static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofMinutes(5);
    private static final String VERSION = "v0";

    private final byte[] signingSecret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the Slack signing secret is empty");
        }
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /**
     * Checks the two header values against the raw body.
     *
     * @return empty when the request is authentic, otherwise why it is refused (safe to show the caller:
     *         it never contains the expected signature)
     */
    public Optional<String> problemWith(String timestampHeader, String signatureHeader, byte[] rawBody) {
        if (timestampHeader == null || timestampHeader.isBlank()) {
            return Optional.of("missing X-Slack-Request-Timestamp header");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of("missing X-Slack-Signature header");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return Optional.of("X-Slack-Request-Timestamp is not a number of seconds");
        }
        Duration difference = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant()).abs();
        if (difference.compareTo(MAX_CLOCK_DIFFERENCE) > 0) {
            return Optional.of("stale request: its timestamp is " + difference.toSeconds()
                    + " s away from now (at most " + MAX_CLOCK_DIFFERENCE.toSeconds() + " s allowed)");
        }
        byte[] expected = sign(timestampHeader.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] received = signatureHeader.trim().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, received)) {
            return Optional.of("invalid X-Slack-Signature");
        }
        return Optional.empty();
    }

    /** The {@code X-Slack-Signature} value Slack would send for this timestamp and body. */
    public String sign(String timestamp, byte[] rawBody) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            hmac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(hmac.doFinal(rawBody));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
