package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import workshop.movies.PageFetcher;
import workshop.router.MessageRouter;

class CrawlerAppTest {

    @Test
    void registersTheThreeHandlersUnderFixedNames() {
        MessageRouter router = mock(MessageRouter.class, RETURNS_SELF);
        PageClaims claims = mock(PageClaims.class);
        FetchPageHandler fetchPage = new FetchPageHandler(claims,
                new RobotsCache(url -> new RobotsFetcher.Response(404, ""), Clock.systemUTC(), line -> { }),
                new PageFetcher(), line -> { });
        ExtractLinksHandler extractLinks = new ExtractLinksHandler(KnownPages.NONE);
        RecordPageHandler recordPage = new RecordPageHandler(claims);

        MessageRouter registered = CrawlerApp.register(router, fetchPage, extractLinks, recordPage);

        assertThat(registered).isSameAs(router);
        InOrder order = inOrder(router);
        order.verify(router).on("pageUrl", PageUrl.class, "fetchPage", fetchPage);
        order.verify(router).on("pageBody", PageBody.class, "extractLinks", extractLinks);
        order.verify(router).on("pageBody", PageBody.class, "recordPage", recordPage);
        verify(router, never()).filter(any(), any());
    }
}
