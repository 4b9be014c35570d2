package workshop.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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
 *   <li>The comparison is constant-time: a comparison that stops at the first different byte tells an
 *       attacker, by its timing, how much of a forged signature is right.</li>
 *   <li>The timestamp must be within {@link #MAX_CLOCK_DIFFERENCE} of our clock, in either direction:
 *       a captured request cannot be replayed later, since changing its timestamp breaks the signature.</li>
 * </ul>
 */
public final class SlackSignature {

    static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofMinutes(5);

    private final String signingSecret;
    private final Clock clock;

    /**
     * @param signingSecret the Slack app's signing secret
     * @param clock         what "now" is for the timestamp check
     * @throws IllegalArgumentException when the secret is null or blank (write this check too)
     */
    public SlackSignature(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /**
     * Checks the two header values against the raw body.
     *
     * @return empty when the request is authentic, otherwise why it is refused (safe to show the caller:
     *         it never contains the expected signature)
     */
    public Optional<String> problemWith(String timestampHeader, String signatureHeader, byte[] rawBody) {
        throw new UnsupportedOperationException(
                "Exercise 09: check Slack's signature and timestamp - see exercises/09-verify-slack/README.md");
    }

    /** The {@code X-Slack-Signature} value Slack would send for this timestamp and body. */
    public String sign(String timestamp, byte[] rawBody) {
        throw new UnsupportedOperationException(
                "Exercise 09: sign as Slack does (HMAC-SHA256) - see exercises/09-verify-slack/README.md");
    }
}
