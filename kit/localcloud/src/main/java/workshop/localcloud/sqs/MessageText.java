package workshop.localcloud.sqs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Small facts about message text that SQS and SNS check the same way. */
public final class MessageText {

    private MessageText() {
    }

    /** Sizes in both services' limits are UTF-8 bytes, not characters. */
    public static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether a {@code Number} message attribute's value is a number. */
    public static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
