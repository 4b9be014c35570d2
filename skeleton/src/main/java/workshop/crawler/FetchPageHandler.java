package workshop.crawler;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import workshop.movies.FetchedPage;
import workshop.movies.PageFetcher;
import workshop.router.MessageContext;
import workshop.router.MessageHandler;

/**
 * {@value PageUrl#TYPE} → fetch the page → {@value PageBody#TYPE}.
 *
 * <p>In this order, each step only when the one before allows it:
 * <ol>
 *   <li>Scope: the URL's host is allowed and its depth within the limit. Only a message put on the stream
 *       by hand can fail this (the link extractor emits nothing else); it is ignored.</li>
 *   <li>Claim the URL in the crawl pages table ({@link PageClaims}): when another message claimed it
 *       first, that one fetches it and this one stops. Stream order makes the crawl breadth first (one
 *       shard, records in the order they were put), so the first claim of a URL is made at its shortest
 *       depth from the start page.</li>
 *   <li>robots.txt ({@link RobotsCache}): a disallowed URL is recorded as {@value PageOutcome#ROBOTS}
 *       and not fetched. It is claimed first so that it is counted once, however many pages link to it.</li>
 *   <li>Fetch the canonical URL ({@link PageFetcher}: http and https only, a timeout, a size limit of
 *       {@link PageBody#MAX_HTML_BYTES}). A failure is recorded with its reason (a broken link as a
 *       failure with its HTTP status), and nothing is emitted.</li>
 *   <li>Emit a {@value PageBody#TYPE} with the HTML, for the handlers that read pages, when it fits in a
 *       Kinesis record ({@link PageBody#MAX_JSON_BYTES}); a page too large is recorded as a failure.</li>
 * </ol>
 * A redirect to a host outside the scope counts as a failure: the page is not the crawl's to read.
 *
 * <p>The URL fetched is the canonical one, without a trailing slash: a server that names a page
 * {@code /docs/} usually redirects {@code /docs} there, and the page's links are then resolved against
 * where it was found ({@link PageBody#location()}).
 */
public class FetchPageHandler implements MessageHandler<PageUrl> {

    private final PageClaims claims;
    private final RobotsCache robots;
    private final PageFetcher fetcher;
    private final Consumer<String> log;

    /** @param log where skipped messages are reported (the function's log) */
    public FetchPageHandler(PageClaims claims, RobotsCache robots, PageFetcher fetcher, Consumer<String> log) {
        this.claims = claims;
        this.robots = robots;
        this.fetcher = fetcher;
        this.log = log;
    }

    @Override
    public void handle(PageUrl page, MessageContext context) {
        Optional<String> normalized = UrlNormalizer.normalize(page.url());
        CrawlScope scope = page.scope();
        if (normalized.isEmpty() || !scope.allows(normalized.get()) || !scope.allowsDepth(page.depth())) {
            log.accept("pageUrl " + context.envelope().messageId() + " ignored: " + page.url()
                    + " at depth " + page.depth() + " is not a URL of the crawl's scope " + scope);
            return;
        }
        String url = normalized.get();
        String runId = context.envelope().runId();
        if (!claims.claim(runId, url, context.envelope().messageId(), page.depth())) {
            return; // another message has it
        }
        if (!robots.allows(url)) {
            claims.record(runId, url, PageOutcome.robots());
            return;
        }
        FetchedPage fetched = fetcher.fetch(url);
        if (!fetched.succeeded()) {
            claims.record(runId, url, PageOutcome.ofFailedFetch(fetched));
            return;
        }
        Document document = fetched.document();
        String location = document.location();
        if (!scope.allows(location)) {
            claims.record(runId, url, PageOutcome.failed("redirected to " + location + ", outside the crawl's hosts"));
            return;
        }
        String html = document.outerHtml();
        PageBody body = new PageBody(url, location, page.depth(), scope, document.title(), html);
        // The page was within the limit as sent; jsoup's rewriting of it (entities, closed tags) and JSON's
        // escapes may not be.
        if (html.getBytes(StandardCharsets.UTF_8).length > PageBody.MAX_HTML_BYTES || body.jsonBytes() > PageBody.MAX_JSON_BYTES) {
            claims.record(runId, url, PageOutcome.failed("the page's HTML is too large for a message: at most "
                    + PageBody.MAX_HTML_BYTES + " bytes, " + PageBody.MAX_JSON_BYTES + " as JSON"));
            return;
        }
        claims.record(runId, url, PageOutcome.fetched());
        context.emit(PageBody.TYPE, body);
    }
}
