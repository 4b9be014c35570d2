package workshop.localcloud.sns;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The signing fields every SNS delivery carries. Real SNS signs each notification with a private
 * key whose certificate is at {@code SigningCertURL}; the local cloud does not sign, so these are
 * placeholders of the right shape. The signature decodes to a sentence saying so, which makes an
 * accidental signature check fail loudly rather than mysteriously.
 */
final class NotificationSignature {

    static final String SIGNATURE_VERSION = "1";

    private static final String SIGNATURE = Base64.getEncoder().encodeToString(
            "Not signed: delivered by the local cloud, not by Amazon SNS.".getBytes(StandardCharsets.UTF_8));

    private NotificationSignature() {
    }

    static String signature() {
        return SIGNATURE;
    }

    static String signingCertUrl(String region) {
        return "https://sns." + region + ".amazonaws.com/SimpleNotificationService-localcloud.pem";
    }

    static String unsubscribeUrl(String region, String subscriptionArn) {
        return "https://sns." + region + ".amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn;
    }
}
