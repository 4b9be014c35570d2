package workshop.crawler;

import workshop.router.MessageContext;
import workshop.router.MessageHandler;

/**
 * {@value PageBody#TYPE} → the page's title and number of links in the crawl pages table.
 *
 * <p>A second handler of the same message type as {@link ExtractLinksHandler}: the router runs both,
 * each once, and neither knows of the other. The links counted are all the page's distinct links the
 * crawler could follow, to any host.
 */
public class RecordPageHandler implements MessageHandler<PageBody> {

    private final PageClaims claims;

    public RecordPageHandler(PageClaims claims) {
        this.claims = claims;
    }

    @Override
    public void handle(PageBody page, MessageContext context) {
        claims.recordContent(context.envelope().runId(), page.url(), page.title(), PageLinks.of(page).size());
    }
}
