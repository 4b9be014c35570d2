package workshop.movies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Downloads one page of the listing with jsoup, refusing what a scraper running inside a cloud account
 * must not read or cannot use.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https}: the URL comes from configuration and from the pages' own
 *       links, and a {@code file:} URL would read the function's own disk.</li>
 *   <li>A timeout (connect, and reading the whole answer): a server that never answers would otherwise
 *       hold the function until Lambda kills it, and nothing would be reported.</li>
 *   <li>A maximum body size. jsoup cuts a longer body silently at the limit it is given and parses the
 *       rest as if it were the page, which would lose the last movies without a word. So jsoup is asked
 *       for one byte more than the limit: getting that byte proves the page is too large.</li>
 *   <li>HTTP errors (status 400 and up) and anything but HTML are failures with a reason, not pages.</li>
 * </ul>
 *
 * Every problem is returned as a failed {@link FetchedPage}, never thrown: one bad page must not cost
 * the movies read before it.
 */
public class PageFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final String USER_AGENT = "workshop-movie-scraper/1.0 (jsoup)";

    private final Duration timeout;
    private final int maxBodyBytes;

    public PageFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_MAX_BODY_BYTES);
    }

    public PageFetcher(Duration timeout, int maxBodyBytes) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (jsoup reads 0 as no timeout at all)");
        }
        if (maxBodyBytes <= 0 || maxBodyBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 1));
        }
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    public FetchedPage fetch(String url) {
        String refusal = refusal(url);
        if (refusal != null) {
            return FetchedPage.failed(url, refusal, "");
        }
        try {
            return read(url, connect(url.trim()).execute());
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            return timedOut(url);
        } catch (IOException e) {
            return FetchedPage.failed(url, "could not fetch the page: " + describe(e), "");
        } catch (UncheckedIOException e) {
            // jsoup reads the body after execute() returned, and wraps what goes wrong there.
            if (e.getCause() instanceof SocketTimeoutException || e.getCause() instanceof HttpTimeoutException) {
                return timedOut(url);
            }
            return FetchedPage.failed(url, "could not read the page: " + describe(e.getCause()), "");
        }
    }

    private Connection connect(String url) {
        return Jsoup.connect(url)
                .userAgent(USER_AGENT)
                .timeout(Math.toIntExact(timeout.toMillis()))
                .maxBodySize(maxBodyBytes + 1)
                // Both checked below, so that the failure says what the status or the type was.
                .ignoreHttpErrors(true)
                .ignoreContentType(true);
    }

    private FetchedPage read(String url, Connection.Response response) {
        byte[] body = response.bodyAsBytes();
        String contentType = response.contentType();
        if (response.statusCode() >= 400) {
            return FetchedPage.failed(url, "HTTP " + response.statusCode() + " " + response.statusMessage(),
                    excerpt(body, contentType, response.charset()));
        }
        if (!isHtml(contentType)) {
            return FetchedPage.failed(url, "not an HTML page: content type " + contentType,
                    excerpt(body, contentType, response.charset()));
        }
        if (body.length > maxBodyBytes) {
            return FetchedPage.failed(url, "page larger than the limit of " + maxBodyBytes + " bytes",
                    excerpt(body, contentType, response.charset()));
        }
        // Relative links on the page are relative to where the page was found, after any redirect.
        String location = response.url().toExternalForm();
        try {
            return FetchedPage.page(url, Jsoup.parse(new ByteArrayInputStream(body), response.charset(), location));
        } catch (IOException e) {
            return FetchedPage.failed(url, "could not parse the page: " + describe(e), "");
        }
    }

    /** Why {@code url} is not fetched at all, {@code null} when it may be. */
    private static String refusal(String url) {
        if (url == null || url.isBlank()) {
            return "refused: no URL";
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "refused: not a URL (" + e.getMessage() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return "refused: only http and https URLs are fetched, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'";
        }
        if (uri.getHost() == null) {
            return "refused: the URL has no host";
        }
        return null;
    }

    /**
     * No content type at all is accepted, as browsers and jsoup do: the page is then read as HTML, and
     * the parser reports it when it holds no listing.
     */
    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return HTML_TYPES.contains(mediaType);
    }

    /** The beginning of the body as a person would read it: an HTML error page's text, not its tags. */
    private static String excerpt(byte[] body, String contentType, String charsetName) {
        String text = new String(body, charset(charsetName));
        if (contentType != null && isHtml(contentType)) {
            text = Jsoup.parse(text).text();
        }
        return ErrorEntry.bounded(text.strip(), ErrorEntry.EXCERPT_LIMIT);
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private FetchedPage timedOut(String url) {
        return FetchedPage.failed(url, "timed out after " + timeout.toMillis() + " ms", "");
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
