package workshop.bench.stub;

import java.util.Map;
import java.util.UUID;

/**
 * SNS's query protocol: a form-encoded {@code Action=...} request, an XML answer. Every publish is
 * accepted.
 */
final class SnsStub {

    static final String CONTENT_TYPE = "text/xml";
    private static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    private SnsStub() {
    }

    /** @return the answer, or null for an action the stub does not know */
    static StubResponse answer(Map<String, String> form) {
        if (!"Publish".equals(form.get("Action"))) {
            return null;
        }
        return StubResponse.of(200, CONTENT_TYPE, "<PublishResponse xmlns=\"" + NAMESPACE + "\">"
                + "<PublishResult><MessageId>" + UUID.randomUUID() + "</MessageId></PublishResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</PublishResponse>");
    }

    /** An error as SNS sends one (the SDK reads its code from the XML). */
    static StubResponse error(String code, String message) {
        return StubResponse.of(400, CONTENT_TYPE, "<ErrorResponse xmlns=\"" + NAMESPACE + "\">"
                + "<Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + escaped(message) + "</Message>"
                + "</Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
