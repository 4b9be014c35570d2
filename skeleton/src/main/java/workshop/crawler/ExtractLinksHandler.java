package workshop.crawler;

import workshop.router.MessageContext;
import workshop.router.MessageHandler;

/**
 * {@value PageBody#TYPE} → one {@value PageUrl#TYPE} per link to follow.
 *
 * <p>The links of the page ({@link PageLinks}: resolved against the page's location, in canonical form,
 * each once) that lead to an allowed host, one level deeper, while that is within the depth limit. A link
 * to the page itself is not followed. Whether a linked page was seen before is not this handler's
 * question: {@link FetchPageHandler}'s claim answers it, for links from every page at once.
 */
public class ExtractLinksHandler implements MessageHandler<PageBody> {

    /** Emits a {@value PageUrl#TYPE} (same scope, one level deeper) for each link of the page to follow. */
    @Override
    public void handle(PageBody page, MessageContext context) {
        throw new UnsupportedOperationException(
                "Exercise 15: emit the links to follow - see exercises/15-follow-the-links/README.md");
    }
}
