package workshop.crawler;

import workshop.router.MessageContext;
import workshop.router.MessageHandler;

/**
 * {@value PageBody#TYPE} → one {@value PageUrl#TYPE} per new link to follow.
 *
 * <p>The links of the page ({@link PageLinks}: resolved against the page's location, in canonical form,
 * each once) that lead to an allowed host, one level deeper, while that is within the depth limit. A link
 * to the page itself is not followed, nor one the run has claimed already ({@link KnownPages}, one batch
 * read a page): most links of a site lead to pages seen before, and each message not sent is a message not
 * routed, counted and stored. The claim in {@link FetchPageHandler} remains what keeps a page to one fetch:
 * two pages that find the same new link at the same moment both emit it.
 */
public class ExtractLinksHandler implements MessageHandler<PageBody> {

    private final KnownPages knownPages;

    public ExtractLinksHandler(KnownPages knownPages) {
        this.knownPages = knownPages;
    }

    /**
     * Emits a {@value PageUrl#TYPE} (same scope, one level deeper) for each link of the page to follow that
     * the run has not claimed yet: ask {@link KnownPages#claimedAmong} once for all of them.
     */
    @Override
    public void handle(PageBody page, MessageContext context) {
        throw new UnsupportedOperationException(
                "Exercise 15: emit the links to follow - see exercises/15-follow-the-links/README.md");
    }
}
