package workshop.localcloud.sqs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Identifies one receipt of a message, not the message: every receive of the same message yields
 * a new handle, and only the most recent one can delete it or change its visibility (as the SQS
 * {@code DeleteMessage} reference says). Encoded opaquely, as SQS's own handles are.
 *
 * @param messageId     the message received
 * @param receiveNumber which receipt of that message (1 for the first)
 */
record ReceiptHandle(String messageId, int receiveNumber) {

    private static final String SEPARATOR = "#";

    String encode() {
        String plain = messageId + SEPARATOR + receiveNumber;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The handle encoded in {@code text}, or empty when SQS never issued such a handle. */
    static Optional<ReceiptHandle> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = plain.lastIndexOf(SEPARATOR);
            if (separator <= 0) {
                return Optional.empty();
            }
            int receiveNumber = Integer.parseInt(plain.substring(separator + 1));
            return Optional.of(new ReceiptHandle(plain.substring(0, separator), receiveNumber));
        } catch (IllegalArgumentException notOneOfOurs) { // also covers NumberFormatException
            return Optional.empty();
        }
    }
}
