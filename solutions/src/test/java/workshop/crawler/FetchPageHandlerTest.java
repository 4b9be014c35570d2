package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.movies.PageFetcher;

/** pageUrl → fetch → pageBody, against a site on 127.0.0.1 and the crawl pages table on DynamoDB Local. */
class FetchPageHandlerTest {

    @RegisterExtension
    static final PagesTableExtension table = new PagesTableExtension();

    private static final String RUN = RecordingMessageContext.RUN_ID;
    private static final CrawlScope SCOPE = new CrawlScope(List.of("127.0.0.1"), 2);

    private LoopbackSite site;
    private final List<String> log = new ArrayList<>();
    private FetchPageHandler handler;

    @BeforeEach
    void startSite() throws IOException {
        site = LoopbackSite.start();
        handler = new FetchPageHandler(table.claims(),
                new RobotsCache(new HttpRobotsFetcher(Duration.ofSeconds(2)), Clock.systemUTC(), log::add),
                new PageFetcher(Duration.ofSeconds(2), PageBody.MAX_HTML_BYTES), log::add);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void fetchesAnHtmlPageAndEmitsItsBody() {
        site.page("/docs", "<html><head><title>Docs</title></head><body><a href='intro'>Intro</a></body></html>");
        String url = site.url("/docs");
        RecordingMessageContext context = handle(new PageUrl(site.url("/docs/"), 1, SCOPE), "message-1");

        PageBody body = context.emitted(PageBody.TYPE, PageBody.class).get(0);
        assertThat(context.emitted()).hasSize(1);
        assertThat(body.url()).isEqualTo(url);
        assertThat(body.location()).isEqualTo(url); // the canonical URL is the one fetched, and there was no redirect
        assertThat(body.depth()).isEqualTo(1);
        assertThat(body.scope()).isEqualTo(SCOPE);
        assertThat(body.title()).isEqualTo("Docs");
        assertThat(body.html()).contains("<a href=\"intro\">Intro</a>");
        assertThat(table.item(RUN, url).orElseThrow().get("status").s()).isEqualTo("fetched");
        assertThat(site.requestedPaths()).containsExactly("/robots.txt", "/docs");
    }

    @Test
    void aUrlClaimedByAnotherMessageIsNotFetchedAgain() {
        site.page("/a", "<p>a</p>");

        handle(new PageUrl(site.url("/a"), 1, SCOPE), "message-1");
        RecordingMessageContext second = handle(new PageUrl(site.url("/a"), 2, SCOPE), "message-2");

        assertThat(second.emitted()).isEmpty();
        assertThat(site.requestedPaths()).containsExactly("/robots.txt", "/a");
        assertThat(table.item(RUN, site.url("/a")).orElseThrow().get("depth").n()).isEqualTo("1");
    }

    @Test
    void theSameMessageRunAgainFetchesAgain() {
        // The first run claimed and fetched, then (say) Lambda timed out: the retry must not lose the page.
        site.page("/a", "<p>a</p>");

        handle(new PageUrl(site.url("/a"), 1, SCOPE), "message-1");
        RecordingMessageContext retry = handle(new PageUrl(site.url("/a"), 1, SCOPE), "message-1");

        assertThat(retry.emitted(PageBody.TYPE, PageBody.class)).hasSize(1);
    }

    @Test
    void aBrokenLinkIsRecordedAsAFailureWithItsStatus() {
        RecordingMessageContext context = handle(new PageUrl(site.url("/missing"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        Map<String, AttributeValue> item = table.item(RUN, site.url("/missing")).orElseThrow();
        assertThat(item.get("status").s()).isEqualTo("failed");
        assertThat(item.get("httpStatus").n()).isEqualTo("404");
    }

    @Test
    void somethingOtherThanHtmlIsRecordedAndNotEmitted() {
        site.answer("/data.json", 200, "application/json", "{}");

        RecordingMessageContext context = handle(new PageUrl(site.url("/data.json"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(table.item(RUN, site.url("/data.json")).orElseThrow().get("status").s()).isEqualTo("notHtml");
    }

    @Test
    void aUrlRobotsTxtDisallowsIsRecordedAndNeverRequested() {
        site.answer("/robots.txt", 200, "text/plain", "User-agent: workshop-crawler\nDisallow: /private\n");
        site.page("/private/page", "<p>secret</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/private/page"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(table.item(RUN, site.url("/private/page")).orElseThrow().get("status").s()).isEqualTo("robots");
        assertThat(site.requestedPaths()).containsExactly("/robots.txt");
    }

    @Test
    void aSiteWhoseRobotsTxtFailsIsNotCrawled() {
        site.answer("/robots.txt", 503, "text/plain", "maintenance");
        site.page("/a", "<p>a</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/a"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(site.requestedPaths()).containsExactly("/robots.txt");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("answered 503"));
    }

    @Test
    void aUrlOutsideTheAllowedHostsIsIgnored() {
        site.page("/a", "<p>a</p>");

        RecordingMessageContext context = handle(new PageUrl(site.urlOnLocalhost("/a"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(site.requests()).isEmpty();
        assertThat(table.item(RUN, site.urlOnLocalhost("/a"))).isEmpty();
        assertThat(log).singleElement().asString().contains("ignored");
    }

    @Test
    void aUrlBeyondTheDepthLimitIsIgnored() {
        site.page("/a", "<p>a</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/a"), 3, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aRedirectOutOfTheAllowedHostsIsAFailure() {
        site.redirect("/away", site.urlOnLocalhost("/elsewhere"));
        site.page("/elsewhere", "<p>elsewhere</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/away"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        Map<String, AttributeValue> item = table.item(RUN, site.url("/away")).orElseThrow();
        assertThat(item.get("status").s()).isEqualTo("failed");
        assertThat(item.get("reason").s()).contains("redirected to " + site.urlOnLocalhost("/elsewhere"));
    }

    @Test
    void aRedirectWithinTheHostsGivesTheFinalLocationForTheLinks() {
        site.redirect("/old", "/new/");
        site.page("/new/", "<a href='child'>child</a>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/old"), 1, SCOPE), "message-1");

        PageBody body = context.emitted(PageBody.TYPE, PageBody.class).get(0);
        assertThat(body.url()).isEqualTo(site.url("/old"));
        assertThat(body.location()).isEqualTo(site.url("/new/"));
    }

    @Test
    void aPageWhoseHtmlWouldNotFitInAMessageIsAFailure() {
        // 200 KB as sent, but jsoup writes every & as &amp;: a megabyte, over the limit of a pageBody.
        site.page("/big", "<p>" + "&".repeat(200_000) + "</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/big"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(table.item(RUN, site.url("/big")).orElseThrow().get("reason").s()).contains("too large for a message");
    }

    @Test
    void aPageWhoseJsonWouldNotFitInAKinesisRecordIsAFailure() {
        // 200 KB of HTML, within the limit even as jsoup writes it; but JSON may write each = as \u003d.
        site.page("/equals", "<p>" + "=".repeat(200_000) + "</p>");

        RecordingMessageContext context = handle(new PageUrl(site.url("/equals"), 1, SCOPE), "message-1");

        assertThat(context.emitted()).isEmpty();
        assertThat(table.item(RUN, site.url("/equals")).orElseThrow().get("reason").s()).contains("too large for a message");
    }

    private RecordingMessageContext handle(PageUrl page, String messageId) {
        RecordingMessageContext context = RecordingMessageContext.of(PageUrl.TYPE, messageId);
        handler.handle(page, context);
        return context;
    }
}
