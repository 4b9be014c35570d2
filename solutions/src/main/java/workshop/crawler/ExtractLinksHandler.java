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

    @Override
    public void handle(PageBody page, MessageContext context) {
        CrawlScope scope = page.scope();
        int linkDepth = page.depth() + 1;
        if (!scope.allowsDepth(linkDepth)) {
            return; // a page at the depth limit: its links would not be fetched
        }
        for (String link : PageLinks.of(page)) {
            if (scope.allows(link) && !link.equals(page.url())) {
                context.emit(PageUrl.TYPE, new PageUrl(link, linkDepth, scope));
            }
        }
    }
}
