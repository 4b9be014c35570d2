package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.samples.CrawlExpectation.Outcome.HTML;
import static workshop.localcloud.samples.CrawlExpectation.Outcome.NOT_FOUND;
import static workshop.localcloud.samples.CrawlExpectation.Outcome.NOT_HTML;
import static workshop.localcloud.samples.CrawlExpectation.Outcome.ROBOTS_EXCLUDED;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import workshop.localcloud.samples.CrawlExpectation.ExpectedPage;

/** What a correct crawl of the site claims and fetches, worked out from the link graph. */
class SampleCrawlSiteReachableTest {

    private static final String HOME = "/sample/crawl";

    private final SampleCrawlSite site = SampleCrawlSite.standard();

    @Test
    void depthZeroClaimsTheStartPageOnly() {
        CrawlExpectation expected = site.reachable("/sample/crawl/", 0);

        assertThat(expected.startPath()).isEqualTo(HOME);
        assertThat(expected.pages().values()).containsExactly(new ExpectedPage(HOME, 0, HTML));
    }

    @Test
    void depthOneAddsTheHomePagesOwnLinksOnThisHostOnce() {
        CrawlExpectation expected = site.reachable("/sample/crawl/", 1);

        assertThat(expected.pages().values()).containsExactly(
                new ExpectedPage(HOME, 0, HTML),
                new ExpectedPage(HOME + "/films", 1, HTML),
                new ExpectedPage(HOME + "/people", 1, HTML),
                new ExpectedPage(HOME + "/studios", 1, HTML),
                new ExpectedPage(HOME + "/genres", 1, HTML),
                new ExpectedPage(HOME + "/archive", 1, HTML),
                new ExpectedPage(HOME + "/films/1", 1, HTML),
                new ExpectedPage(HOME + "/private", 1, ROBOTS_EXCLUDED),
                new ExpectedPage(HOME + "/private/press", 1, HTML),
                new ExpectedPage(HOME + "/files/notes.txt", 1, NOT_HTML),
                new ExpectedPage(HOME + "/reviews", 1, NOT_FOUND));
        assertThat(expected.fetched()).hasSize(10).doesNotContain(HOME + "/private");
        assertThat(expected.robotsExcluded()).containsExactly(HOME + "/private");
        assertThat(expected.notFound()).containsExactly(HOME + "/reviews");
    }

    @Test
    void theEndOfTheArchiveChainLinksABrokenIssue() {
        assertThat(site.reachable(HOME + "/archive/10", 1).pages().values()).containsExactlyInAnyOrder(
                new ExpectedPage(HOME + "/archive/10", 0, HTML),
                new ExpectedPage(HOME, 1, HTML),
                new ExpectedPage(HOME + "/archive", 1, HTML),
                new ExpectedPage(HOME + "/archive/9", 1, HTML),
                new ExpectedPage(HOME + "/archive/11", 1, NOT_FOUND));
    }

    @Test
    void thePressKitIsAllowedButTheStaffPagesItLinksAreNot() {
        assertThat(site.reachable(HOME + "/private/press", 1).pages().values()).containsExactlyInAnyOrder(
                new ExpectedPage(HOME + "/private/press", 0, HTML),
                new ExpectedPage(HOME, 1, HTML),
                new ExpectedPage(HOME + "/private/1", 1, ROBOTS_EXCLUDED),
                new ExpectedPage(HOME + "/private", 1, ROBOTS_EXCLUDED),
                new ExpectedPage(HOME + "/films/140", 1, HTML));
    }

    @Test
    void pagesThatAreNotFollowedEndTheCrawlWhateverTheDepth() {
        assertThat(site.reachable(HOME + "/private/1", 5).pages().values())
                .as("disallowed: claimed, not expanded")
                .containsExactly(new ExpectedPage(HOME + "/private/1", 0, ROBOTS_EXCLUDED));
        assertThat(site.reachable(HOME + "/files/notes.txt", 5).pages().values())
                .containsExactly(new ExpectedPage(HOME + "/files/notes.txt", 0, NOT_HTML));
        assertThat(site.reachable(HOME + "/nothing/", 5).pages().values())
                .containsExactly(new ExpectedPage(HOME + "/nothing", 0, NOT_FOUND));
    }

    @Test
    void theArchiveIsAChainOfElevenLevelsBelowHome() {
        CrawlExpectation everything = site.reachable(HOME, 20);
        for (int k = 1; k <= CrawlSiteMap.ARCHIVE_ISSUES + 1; k++) {
            assertThat(everything.page(HOME + "/archive/" + k).depth()).as("issue %d", k).isEqualTo(k + 1);
        }

        CrawlExpectation toSix = site.reachable(HOME, 6);
        assertThat(toSix.claimed()).contains(HOME + "/archive/5").doesNotContain(HOME + "/archive/6");
        assertThatThrownBy(() -> toSix.page(HOME + "/archive/6"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("does not claim /sample/crawl/archive/6");
    }

    @Test
    void aWholeCrawlFindsEveryPageButTheUnlinkedAndTheOnesBehindRobotsTxt() {
        CrawlExpectation everything = site.reachable(HOME, 12);

        Set<String> missed = new HashSet<>(site.paths());
        missed.removeAll(everything.claimed());
        assertThat(missed).containsExactlyInAnyOrder(
                HOME + "/drafts/1", HOME + "/drafts/2", HOME + "/drafts/3", HOME + "/drafts/4",
                HOME + "/secret/1", HOME + "/secret/2", HOME + "/secret/3",
                HOME + "/private/3", HOME + "/private/5");
        assertThat(everything.robotsExcluded()).containsExactlyInAnyOrder(
                HOME + "/private", HOME + "/private/1", HOME + "/private/2", HOME + "/private/4");
        assertThat(everything.notFound()).hasSize(CrawlSiteMap.BROKEN_LINKS);
        assertThat(everything.fetched()).hasSize(287).allMatch(site::allowedByRobots);
        assertThat(site.reachable(HOME, 13).pages()).isEqualTo(everything.pages());
    }

    @Test
    void theCountsPerDepthLimitGrowUntilTheChainAloneIsLeft() {
        List<Integer> claimed = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(depth -> site.reachable(HOME, depth).claimed().size())
                .toList();

        assertThat(claimed).containsExactly(11, 65, 137, 219, 280, 285);
    }

    @Test
    void aDeeperLimitKeepsEveryPageAndItsDepth() {
        for (int depth = 0; depth < 12; depth++) {
            CrawlExpectation shallow = site.reachable(HOME, depth);
            CrawlExpectation deeper = site.reachable(HOME, depth + 1);
            assertThat(deeper.pages()).containsAllEntriesOf(shallow.pages());
            assertThat(shallow.pages().values()).allMatch(page -> page.depth() <= shallow.maxDepth());
        }
    }

    @Test
    void aCrawlerReadingTheHtmlClaimsWhatTheLinkGraphSays() {
        ReferenceCrawler crawler = new ReferenceCrawler("http://127.0.0.1:3000",
                ReferenceCrawler.direct(site, "127.0.0.1:3000"));
        for (int depth = 0; depth <= 12; depth++) {
            assertThat(crawler.crawl("/sample/crawl/", depth))
                    .as("depth %d", depth)
                    .containsExactlyElementsOf(site.reachable("/sample/crawl/", depth).pages().values());
        }
        assertThat(crawler.crawl("/sample/crawl/films/70", 3))
                .containsExactlyElementsOf(site.reachable("/sample/crawl/films/70", 3).pages().values());
    }

    @Test
    void theStartMayBeAUrlAsTheCrawlerIsGivenIt() {
        assertThat(site.reachable("http://127.0.0.1:3000/sample/crawl/", 2).pages())
                .isEqualTo(site.reachable("/sample/crawl", 2).pages());
        assertThat(site.reachable("http://localhost:41234/sample/crawl/films/3/#cast", 0).startPath())
                .isEqualTo(HOME + "/films/3");
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> site.reachable(HOME, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.reachable("sample/crawl", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.reachable("ftp://127.0.0.1/sample/crawl", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
