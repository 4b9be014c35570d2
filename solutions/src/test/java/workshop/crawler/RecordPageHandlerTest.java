package workshop.crawler;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPageHandlerTest {

    private static final CrawlScope SCOPE = new CrawlScope(List.of("127.0.0.1"), 1);
    private static final String PAGE = "http://127.0.0.1:3000/sample/crawl/films";

    private final PageClaims claims = mock(PageClaims.class);
    private final RecordPageHandler handler = new RecordPageHandler(claims);

    @Test
    void recordsTheTitleAndTheNumberOfDistinctLinksToAnyHost() {
        String html = """
                <html><head><title>Films</title></head><body>
                <a href="films/1">One</a> <a href="films/1#plot">One again</a>
                <a href="https://example.com/">elsewhere</a>
                <a href="mailto:info@example.com">not a web link</a>
                </body></html>
                """;
        RecordingMessageContext context = RecordingMessageContext.of(PageBody.TYPE, "message-1");

        // Depth at the limit: no links are followed from here, and they still count.
        handler.handle(new PageBody(PAGE, PAGE, 1, SCOPE, "Films", html), context);

        verify(claims).recordContent(RecordingMessageContext.RUN_ID, PAGE, "Films", 2);
        verifyNoMoreInteractions(claims);
    }

    @Test
    void aPageWithoutTitleOrLinksIsRecordedToo() {
        RecordingMessageContext context = RecordingMessageContext.of(PageBody.TYPE, "message-1");

        handler.handle(new PageBody(PAGE, PAGE, 0, SCOPE, null, "<p>nothing here</p>"), context);

        verify(claims).recordContent(RecordingMessageContext.RUN_ID, PAGE, "", 0);
    }
}
