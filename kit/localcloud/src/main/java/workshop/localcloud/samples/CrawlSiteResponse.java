package workshop.localcloud.samples;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the {@link SampleCrawlSite} answers to a GET: the status, the {@code Content-Type}, the body.
 *
 * @param status      200, or 404/405 for the site's error pages (which are HTML)
 * @param contentType e.g. {@code text/html; charset=utf-8}
 * @param body        the bytes of the body
 */
public record CrawlSiteResponse(int status, String contentType, byte[] body) {

    public CrawlSiteResponse {
        body = body.clone();
    }

    /** A copy: the response stays the same whatever a caller does with it. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text: what an HTML page or text file says. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    static CrawlSiteResponse ofText(int status, String contentType, String text) {
        return new CrawlSiteResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    // A record compares arrays by identity; two responses with the same bytes are the same response.
    @Override
    public boolean equals(Object other) {
        return other instanceof CrawlSiteResponse that && status == that.status
                && contentType.equals(that.contentType) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + contentType.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "CrawlSiteResponse[status=" + status + ", contentType=" + contentType + ", " + body.length + " bytes]";
    }
}
