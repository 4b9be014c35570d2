package workshop.localcloud.sqs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The MD5 digests SQS returns with every sent and received message, so that a client can check
 * the message was not altered in transit. The attribute digest follows the algorithm of the SQS
 * developer guide ("Calculating the MD5 message digest for message attributes").
 */
final class Md5Digests {

    private static final byte STRING_TRANSPORT_TYPE = 1;
    private static final byte BINARY_TRANSPORT_TYPE = 2;

    private Md5Digests() {
    }

    static String ofBody(String body) {
        return hex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Each attribute, in name order, is encoded as: name, data type, one transport-type byte (1 for
     * String and Number, 2 for Binary), value; every string and value is preceded by its length as
     * a 4-byte big-endian integer. Returns {@code null} when there are no attributes, as SQS omits it.
     */
    static String ofAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        new TreeMap<>(attributes).forEach((name, value) -> {
            writeWithLength(encoded, name.getBytes(StandardCharsets.UTF_8));
            writeWithLength(encoded, value.dataType().getBytes(StandardCharsets.UTF_8));
            if (value.binaryValue() != null) {
                encoded.write(BINARY_TRANSPORT_TYPE);
                writeWithLength(encoded, value.binaryValue().asByteArray());
            } else {
                encoded.write(STRING_TRANSPORT_TYPE);
                writeWithLength(encoded, value.stringValue().getBytes(StandardCharsets.UTF_8));
            }
        });
        return hex(md5().digest(encoded.toByteArray()));
    }

    private static void writeWithLength(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime provides MD5", impossible);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
