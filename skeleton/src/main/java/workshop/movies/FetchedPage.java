package workshop.movies;

import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * What {@link PageFetcher} got for one URL: either the page, parsed, or the reason there is none and
 * an excerpt of what came back (an error page's text, for example) for the error table.
 *
 * @param url      the URL that was asked for
 * @param document the parsed page, {@code null} when the fetch failed
 * @param failure  why there is no page, {@code null} when it was fetched
 * @param excerpt  the beginning of what the server sent, at most {@link ErrorEntry#EXCERPT_LIMIT} characters
 */
public record FetchedPage(String url, Document document, String failure, String excerpt) {

    public static FetchedPage page(String url, Document document) {
        return new FetchedPage(url, Objects.requireNonNull(document, "document"), null, "");
    }

    public static FetchedPage failed(String url, String failure, String excerpt) {
        return new FetchedPage(url, null, Objects.requireNonNull(failure, "failure"),
                ErrorEntry.bounded(excerpt, ErrorEntry.EXCERPT_LIMIT));
    }

    public boolean succeeded() {
        return document != null;
    }
}
