package workshop.localcloud.sqs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Turns a received message into the SDK's {@link Message}, with only the attributes the receive
 * asked for: SQS returns system attributes ({@code SentTimestamp}, ...) and message attributes
 * only when they are named in the request, or when {@code All} is.
 */
final class SdkMessages {

    private static final String ALL = "All";

    private SdkMessages() {
    }

    static Message from(ReceivedMessage received, String senderId,
                        Set<String> systemAttributeNames, List<String> messageAttributeNames) {
        Map<String, MessageAttributeValue> attributes = selectMessageAttributes(received.attributes(), messageAttributeNames);
        return Message.builder()
                .messageId(received.messageId())
                .receiptHandle(received.receiptHandle())
                .body(received.body())
                .md5OfBody(Md5Digests.ofBody(received.body()))
                .attributesWithStrings(selectSystemAttributes(received, senderId, systemAttributeNames))
                .messageAttributes(attributes)
                .md5OfMessageAttributes(Md5Digests.ofAttributes(attributes))
                .build();
    }

    private static Map<String, String> selectSystemAttributes(ReceivedMessage received, String senderId,
                                                              Set<String> requested) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SenderId", senderId);
        all.put("SentTimestamp", String.valueOf(received.sentAt().toEpochMilli()));
        all.put("ApproximateReceiveCount", String.valueOf(received.receiveCount()));
        all.put("ApproximateFirstReceiveTimestamp", String.valueOf(received.firstReceivedAt().toEpochMilli()));
        if (requested.contains(ALL)) {
            return all;
        }
        all.keySet().retainAll(requested);
        return all;
    }

    /** Names may be exact, {@code All}, {@code .*}, or a prefix such as {@code order.*}. */
    private static Map<String, MessageAttributeValue> selectMessageAttributes(
            Map<String, MessageAttributeValue> attributes, List<String> requested) {
        Map<String, MessageAttributeValue> selected = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (requested.stream().anyMatch(pattern -> matches(pattern, name))) {
                selected.put(name, value);
            }
        });
        return selected;
    }

    private static boolean matches(String pattern, String name) {
        if (pattern.equals(ALL) || pattern.equals(".*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return name.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(name);
    }
}
