package workshop.localcloud.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The request body as an event carries it: text as-is, or base64 with {@code isBase64Encoded: true}.
 *
 * <p>The two kinds of API decide differently, and handlers notice:
 * <ul>
 *   <li><b>HTTP API</b> (any payload format) passes text only for {@code text/*},
 *       {@code application/json}, {@code application/xml} and {@code application/javascript};
 *       everything else, including a missing content type and form posts
 *       ({@code application/x-www-form-urlencoded}, e.g. Slack's slash commands), arrives base64
 *       encoded. AWS's docs only say "if the content type of the request is binary"; this list is
 *       what HTTP APIs are observed to do.</li>
 *   <li><b>REST API</b> passes text for those types plus form posts, {@code +json}/{@code +xml}
 *       types and a missing content type; other types (images, {@code application/octet-stream},
 *       multipart uploads) arrive base64 encoded. A real REST API does that only for the types listed
 *       in its {@code binaryMediaTypes} and mangles the rest; we behave as if they were listed,
 *       because a corrupted upload teaches nothing.</li>
 * </ul>
 * Either way, bytes that are not valid UTF-8 are base64 encoded: a Java string cannot carry them.
 *
 * @param text          the body, or null when the request has none
 * @param base64Encoded whether {@code text} is the base64 form of the bytes
 */
record EventBody(String text, boolean base64Encoded) {

    private static final Set<String> HTTP_API_TEXT_TYPES =
            Set.of("application/json", "application/xml", "application/javascript");

    private static final Set<String> REST_API_EXTRA_TEXT_TYPES = Set.of("application/x-www-form-urlencoded");

    static EventBody of(byte[] body, String contentType, ApiKind api) {
        if (body.length == 0) {
            return new EventBody(null, false);
        }
        String mediaType = mediaTypeOf(contentType);
        boolean textType = api == ApiKind.HTTP_API ? httpApiSendsAsText(mediaType) : restApiSendsAsText(mediaType);
        if (textType) {
            String utf8 = decodeUtf8(body);
            if (utf8 != null) {
                return new EventBody(utf8, false);
            }
        }
        return new EventBody(Base64.getEncoder().encodeToString(body), true);
    }

    private static boolean httpApiSendsAsText(String mediaType) {
        return mediaType != null && (mediaType.startsWith("text/") || HTTP_API_TEXT_TYPES.contains(mediaType));
    }

    private static boolean restApiSendsAsText(String mediaType) {
        return mediaType == null
                || httpApiSendsAsText(mediaType)
                || REST_API_EXTRA_TEXT_TYPES.contains(mediaType)
                || mediaType.endsWith("+json")
                || mediaType.endsWith("+xml");
    }

    /** {@code Application/JSON; charset=utf-8} gives {@code application/json}. */
    private static String mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** The text, or null when the bytes are not valid UTF-8 (a lenient decoder would hide that). */
    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
