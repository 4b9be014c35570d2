package workshop.crawler;

import java.util.List;

/**
 * The links of a fetched page: every {@code <a href>} the crawler could follow, resolved and in canonical
 * form ({@link UrlNormalizer}), each once, in the order of the page. Links to other hosts are included;
 * which ones to follow is the caller's decision.
 */
final class PageLinks {

    private PageLinks() {
    }

    /**
     * The page's links: parse {@link PageBody#html()} with {@link PageBody#location()} as its base (a
     * {@code <base href>} in the page changes it), resolve each {@code <a href>} with
     * {@link UrlNormalizer#resolve}, keep the ones it accepts, each once, in the order of the page.
     */
    static List<String> of(PageBody page) {
        throw new UnsupportedOperationException(
                "Exercise 15: the links of a page - see exercises/15-follow-the-links/README.md");
    }
}
