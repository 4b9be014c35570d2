package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExtractLinksHandlerTest {

    private static final CrawlScope SCOPE = new CrawlScope(List.of("127.0.0.1"), 3);
    private static final String PAGE = "http://127.0.0.1:3000/sample/crawl/films";

    /** What the run has claimed, in the test: the questions asked are recorded. */
    private final Set<String> claimed = new HashSet<>();
    private final List<List<String>> questions = new ArrayList<>();
    private final KnownPages knownPages = (runId, urls) -> {
        assertThat(runId).isEqualTo(RecordingMessageContext.RUN_ID);
        questions.add(List.copyOf(urls));
        return urls.stream().filter(claimed::contains).collect(Collectors.toSet());
    };
    private final ExtractLinksHandler handler = new ExtractLinksHandler(knownPages);

    @Test
    void emitsOnePageUrlPerLinkOneLevelDeeperInTheSameScope() {
        List<PageUrl> emitted = linksOf(PAGE, 1, """
                <a href="films/1">One</a>
                <a href="/sample/crawl/people/2">Two</a>
                """);

        assertThat(emitted).containsExactly(
                new PageUrl("http://127.0.0.1:3000/sample/crawl/films/1", 2, SCOPE),
                new PageUrl("http://127.0.0.1:3000/sample/crawl/people/2", 2, SCOPE));
    }

    @Test
    void resolvesRelativeLinksAgainstThePagesLocation() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="3">three</a>
                <a href="../crawl/people/4">four</a>
                <a href="./films/5/">five</a>
                <a href="//127.0.0.1:3000/sample/crawl/films/6#cast">six</a>
                <a href="?page=2">page 2</a>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly(
                "http://127.0.0.1:3000/sample/crawl/3",
                "http://127.0.0.1:3000/sample/crawl/people/4",
                "http://127.0.0.1:3000/sample/crawl/films/5",
                "http://127.0.0.1:3000/sample/crawl/films/6",
                "http://127.0.0.1:3000/sample/crawl/films?page=2");
    }

    @Test
    void emitsEachTargetOnceHoweverItIsWritten() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="films/1">One</a>
                <a href="films/1#plot">One, the plot</a>
                <a href="films/1/">One, again</a>
                <a href="HTTP://127.0.0.1:3000/sample/crawl/films/1">One, in full</a>
                <a href="films/./1">One, oddly</a>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly("http://127.0.0.1:3000/sample/crawl/films/1");
    }

    @Test
    void followsOnlyLinksToAllowedHosts() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="https://example.com/films/1">elsewhere</a>
                <a href="http://localhost:3000/sample/crawl/films/1">the same site under another name</a>
                <a href="http://127.0.0.1:4000/other-port">another port of an allowed host</a>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly("http://127.0.0.1:4000/other-port");
    }

    @Test
    void ignoresWhatIsNotAWebLink() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="mailto:info@example.com">mail</a>
                <a href="javascript:void(0)">script</a>
                <a href="data:text/html,hello">data</a>
                <a href="ftp://127.0.0.1/file">ftp</a>
                <a>no href</a>
                <link rel="stylesheet" href="style.css">
                <img src="poster.png">
                """);

        assertThat(emitted).isEmpty();
    }

    @Test
    void doesNotFollowALinkToThePageItself() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="#top">top</a>
                <a href="">here</a>
                <a href="films">here, by name</a>
                <a href="films/1">One</a>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly("http://127.0.0.1:3000/sample/crawl/films/1");
    }

    @Test
    void aLinkTheRunHasClaimedAlreadyIsNotEmittedAgain() {
        claimed.add("http://127.0.0.1:3000/sample/crawl/films/1");

        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <a href="films/1">One, claimed by the page that found it first</a>
                <a href="films/2">Two, new</a>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly("http://127.0.0.1:3000/sample/crawl/films/2");
    }

    @Test
    void theRunsClaimsAreAskedOnceAPageForAllItsLinksToFollow() {
        linksOf(PAGE, 0, """
                <a href="films/1">One</a>
                <a href="https://example.com/">elsewhere: not asked about</a>
                <a href="films/2">Two</a>
                <a href="films/1#again">One again: asked once</a>
                """);

        assertThat(questions).containsExactly(List.of(
                "http://127.0.0.1:3000/sample/crawl/films/1", "http://127.0.0.1:3000/sample/crawl/films/2"));
    }

    @Test
    void aPageWithNothingToFollowAsksNothing() {
        assertThat(linksOf(PAGE, 0, "<a href='https://example.com/'>elsewhere</a>")).isEmpty();
        assertThat(linksOf(PAGE, SCOPE.maxDepth(), "<a href='films/1'>One</a>")).isEmpty();

        assertThat(questions).isEmpty();
    }

    @Test
    void aPageAtTheDepthLimitEmitsNothing() {
        assertThat(linksOf(PAGE, SCOPE.maxDepth(), "<a href='films/1'>One</a>")).isEmpty();
        assertThat(linksOf(PAGE, SCOPE.maxDepth() - 1, "<a href='films/1'>One</a>")).hasSize(1);
    }

    @Test
    void theBaseElementOfThePageChangesWhatRelativeLinksMean() {
        List<PageUrl> emitted = linksOf(PAGE, 0, """
                <html><head><base href="/sample/crawl/people/"></head>
                <body><a href="7">Seven</a></body></html>
                """);

        assertThat(emitted).extracting(PageUrl::url).containsExactly("http://127.0.0.1:3000/sample/crawl/people/7");
    }

    @Test
    void theLocationNotTheCanonicalUrlIsTheBase() {
        // Served from /sample/crawl/films/ (a redirect): "1" there is /sample/crawl/films/1.
        PageBody page = new PageBody(PAGE, PAGE + "/", 0, SCOPE, "", "<a href='1'>One</a>");
        RecordingMessageContext context = RecordingMessageContext.of(PageBody.TYPE, "message-1");

        handler.handle(page, context);

        assertThat(context.emitted(PageUrl.TYPE, PageUrl.class)).extracting(PageUrl::url)
                .containsExactly("http://127.0.0.1:3000/sample/crawl/films/1");
    }

    private List<PageUrl> linksOf(String url, int depth, String html) {
        RecordingMessageContext context = RecordingMessageContext.of(PageBody.TYPE, "message-1");
        handler.handle(new PageBody(url, url, depth, SCOPE, "", html), context);
        return context.emitted(PageUrl.TYPE, PageUrl.class);
    }
}
