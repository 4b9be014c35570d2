package workshop.crawler;

import java.util.List;
import java.util.Set;
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

    @Override
    public void handle(PageBody page, MessageContext context) {
        CrawlScope scope = page.scope();
        int linkDepth = page.depth() + 1;
        if (!scope.allowsDepth(linkDepth)) {
            return; // a page at the depth limit: its links would not be fetched
        }
        List<String> toFollow = PageLinks.of(page).stream()
                .filter(link -> scope.allows(link) && !link.equals(page.url()))
                .toList();
        if (toFollow.isEmpty()) {
            return;
        }
        Set<String> known = knownPages.claimedAmong(context.envelope().runId(), toFollow);
        for (String link : toFollow) {
            if (!known.contains(link)) {
                context.emit(PageUrl.TYPE, new PageUrl(link, linkDepth, scope));
            }
        }
    }
}
