package workshop.crawler;

import workshop.router.MessageRouter;

/**
 * The crawler as the router's handlers: which handler reads which message type, under which name.
 *
 * <pre>
 *   pageUrl  --fetchPage-->    pageBody
 *   pageBody --extractLinks--> pageUrl (one per new link)
 *   pageBody --recordPage-->   (title and link count in the crawl pages table)
 * </pre>
 *
 * The names are fixed rather than the router's defaults ({@code pageBody#0}, {@code pageBody#1}): they
 * are the keys of the handlers' completion markers, which must not change meaning when the order of
 * registration does.
 */
public final class CrawlerApp {

    public static final String FETCH_PAGE = "fetchPage";
    public static final String EXTRACT_LINKS = "extractLinks";
    public static final String RECORD_PAGE = "recordPage";

    private CrawlerApp() {
    }

    /** Registers the crawler's three handlers on {@code router}; returns it. */
    public static MessageRouter register(MessageRouter router, FetchPageHandler fetchPage,
                                         ExtractLinksHandler extractLinks, RecordPageHandler recordPage) {
        return router
                .on(PageUrl.TYPE, PageUrl.class, FETCH_PAGE, fetchPage)
                .on(PageBody.TYPE, PageBody.class, EXTRACT_LINKS, extractLinks)
                .on(PageBody.TYPE, PageBody.class, RECORD_PAGE, recordPage);
    }
}
