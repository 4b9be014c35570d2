package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import workshop.localcloud.samples.CrawlLink.Form;
import workshop.localcloud.samples.CrawlSitePage.Kind;

/** The crawl site's pages: what they contain, how they link, and how addresses map to them. */
class SampleCrawlSiteTest {

    private static final String HOST = "127.0.0.1:3000";
    private static final String ORIGIN = "http://" + HOST;

    private final SampleCrawlSite site = SampleCrawlSite.standard();

    @Test
    void aFewHundredPagesEachAnsweringWithATitleAndTextAndSmall() {
        assertThat(site.paths()).hasSize(SampleCrawlSite.PAGE_COUNT).hasSizeBetween(250, 350);
        assertThat(site.paths().iterator().next()).isEqualTo("/sample/crawl");
        for (String path : site.paths()) {
            CrawlSiteResponse response = site.respond(HOST, path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body().length).as(path).isLessThan(8 * 1024);
            if (site.page(path).kind() == Kind.HTML) {
                Document page = Jsoup.parse(response.text(), ORIGIN + path);
                assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
                assertThat(page.title()).as(path).isNotBlank().isEqualTo(site.title(path).orElseThrow());
                assertThat(page.selectFirst("p.text").text()).as(path).isNotBlank();
            }
        }
    }

    @Test
    void pagesArePureFunctionsOfHostAndPath() {
        for (String path : List.of("/sample/crawl", "/sample/crawl/films/25", "/sample/crawl/files/poster.png")) {
            assertThat(site.respond(HOST, path)).isEqualTo(site.respond(HOST, path));
        }
        String fromLoopback = site.respond(HOST, "/sample/crawl").text();
        String fromLocalhost = site.respond("localhost:3000", "/sample/crawl").text();
        assertThat(fromLocalhost).isNotEqualTo(fromLoopback)
                .isEqualTo(fromLoopback.replace("127.0.0.1:3000", "\u0000").replace("localhost:3000", "127.0.0.1:3000")
                        .replace("\u0000", "localhost:3000"));
    }

    @Test
    void everyKindOfLinkIsOnTheSiteWrittenAsRealSitesWriteThem() {
        Set<String> hrefs = new TreeSet<>();
        Set<Form> forms = EnumSet.noneOf(Form.class);
        for (String path : site.paths()) {
            site.page(path).links().forEach(link -> forms.add(link.form()));
            if (site.page(path).kind() == Kind.HTML) {
                Jsoup.parse(site.respond(HOST, path).text()).select("a[href]").forEach(a -> hrefs.add(a.attr("href")));
            }
        }

        assertThat(forms).containsExactlyInAnyOrder(Form.values());
        assertThat(hrefs).contains(
                "/sample/crawl/films",                                     // root-relative
                "../people/86", "24",                                      // relative, up and sideways
                "./26",                                                    // with a dot segment
                "http://127.0.0.1:3000/sample/crawl/studios",              // absolute
                "//127.0.0.1:3000/sample/crawl/genres",                    // scheme-relative
                "/sample/crawl/films/1/", "/sample/crawl/private/",        // trailing slash
                "/sample/crawl/films/1#details", "#top",                   // fragments
                "http://localhost:3000/sample/crawl/films/2",              // the mirror host
                "https://example.com/", "http://www.imdb.invalid/title/tt0000001/",
                "mailto:editor@reel-sample.invalid", "ftp://ftp.reel-sample.invalid/catalogue.txt",
                "/sample/crawl/files/notes.txt", "../files/poster.png");
    }

    @Test
    void theHtmlLinksExactlyWhereTheLinkGraphSays() {
        for (String path : site.paths()) {
            CrawlSitePage page = site.page(path);
            if (page.kind() != Kind.HTML) {
                assertThat(page.links()).as(path).isEmpty();
                continue;
            }
            List<String> onHost = new ArrayList<>();
            List<String> onMirror = new ArrayList<>();
            List<String> elsewhere = new ArrayList<>();
            for (Element anchor : Jsoup.parse(site.respond(HOST, path).text(), ORIGIN + path).select("a[href]")) {
                String url = anchor.absUrl("href");
                if (url.startsWith(ORIGIN + "/")) {
                    onHost.add(SampleCrawlSite.canonicalPath(url.substring(ORIGIN.length())));
                } else if (url.startsWith("http://localhost:3000/")) {
                    onMirror.add(url.substring("http://localhost:3000".length()));
                } else {
                    elsewhere.add(anchor.attr("href"));
                }
            }

            assertThat(onHost).as(path).isEqualTo(targets(page, link -> link.form().staysOnHost()));
            assertThat(onMirror).as(path).isEqualTo(targets(page, link -> link.form() == Form.MIRROR));
            assertThat(elsewhere).as(path).isEqualTo(targets(page,
                    link -> link.form() == Form.EXTERNAL || link.form() == Form.OTHER_SCHEME));
        }
    }

    @Test
    void oneAddressIsLinkedUnderSeveralSpellingsOnOnePage() {
        List<String> toFilmOne = Jsoup.parse(site.respond(HOST, "/sample/crawl").text(), ORIGIN + "/sample/crawl/")
                .select("a[href]").stream()
                .filter(a -> SampleCrawlSite.canonicalPath(a.absUrl("href")).equals(ORIGIN + "/sample/crawl/films/1"))
                .map(a -> a.attr("href"))
                .toList();

        assertThat(toFilmOne).containsExactly("/sample/crawl/films/1", "http://127.0.0.1:3000/sample/crawl/films/1",
                "/sample/crawl/films/1#details", "/sample/crawl/films/1/");
        assertThat(site.page("/sample/crawl/films/25").links().stream().map(CrawlLink::target)
                .filter("/sample/crawl/people/86"::equals)).as("the director, twice").hasSize(2);
    }

    @Test
    void linksFormACycleBetweenNeighbours() {
        assertThat(targets(site.page("/sample/crawl/films/3"), link -> true))
                .contains("/sample/crawl/films/2", "/sample/crawl/films/4", "/sample/crawl", "/sample/crawl/films/3");
        assertThat(targets(site.page("/sample/crawl/films/4"), link -> true)).contains("/sample/crawl/films/3");
    }

    @Test
    void aTrailingSlashServesTheSamePageAsNone() {
        for (String path : List.of("/sample/crawl", "/sample/crawl/films/3", "/sample/crawl/private",
                "/sample/crawl/files/notes.txt")) {
            assertThat(site.respond(HOST, path + "/")).as(path).isEqualTo(site.respond(HOST, path));
        }
        assertThat(site.respond(HOST, "/sample/crawl/films/3//").status()).as("one slash only").isEqualTo(404);
        assertThat(SampleCrawlSite.canonicalPath("/sample/crawl/")).isEqualTo("/sample/crawl");
        assertThat(SampleCrawlSite.canonicalPath("/sample/crawl/films/3/#cast")).isEqualTo("/sample/crawl/films/3");
        assertThat(SampleCrawlSite.canonicalPath("/")).isEqualTo("/");
    }

    @Test
    void brokenLinksLeadToNotFoundPagesThatLinkHomeOnly() {
        Set<String> broken = site.paths().stream()
                .flatMap(path -> site.page(path).links().stream())
                .filter(link -> link.form().staysOnHost() && !site.paths().contains(link.target()))
                .map(CrawlLink::target)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(broken).hasSize(CrawlSiteMap.BROKEN_LINKS).contains("/sample/crawl/reviews",
                "/sample/crawl/films/999", "/sample/crawl/archive/11");
        for (String path : broken) {
            CrawlSiteResponse response = site.respond(HOST, path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
            Document page = Jsoup.parse(response.text(), ORIGIN + path);
            assertThat(page.title()).isEqualTo("Page not found");
            assertThat(page.select("a[href]").eachAttr("abs:href")).containsExactly(ORIGIN + "/sample/crawl/");
        }
        assertThat(site.respond(HOST, "/sample/crawl/nothing/here").status()).isEqualTo(404);
    }

    @Test
    void mirrorLinksNameTheOtherLoopbackNameOfTheRequestedHost() {
        assertThat(SampleCrawlSite.mirrorOf("127.0.0.1:3000")).isEqualTo("localhost:3000");
        assertThat(SampleCrawlSite.mirrorOf("localhost:41234")).isEqualTo("127.0.0.1:41234");
        assertThat(SampleCrawlSite.mirrorOf("LOCALHOST")).isEqualTo("127.0.0.1");
        assertThat(SampleCrawlSite.mirrorOf("[::1]:3000")).isEqualTo("localhost:3000");

        Document fromLocalhost = Jsoup.parse(site.respond("localhost:5000", "/sample/crawl").text());
        assertThat(fromLocalhost.select("a[href]").eachAttr("href"))
                .contains("http://127.0.0.1:5000/sample/crawl/films/2", "http://localhost:5000/sample/crawl/studios")
                .noneMatch(href -> href.contains(":3000"));
    }

    @Test
    void theFilesAreServedWithTheirOwnTypes() {
        CrawlSiteResponse notes = site.respond(HOST, "/sample/crawl/files/notes.txt");
        CrawlSiteResponse poster = site.respond(HOST, "/sample/crawl/files/poster.png");

        assertThat(notes.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(notes.text()).contains("/sample/crawl/drafts/1").doesNotContain("<a");
        assertThat(poster.contentType()).isEqualTo("image/png");
        assertThat(poster.body()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void robotsTxtClosesTheStaffAreaButItsPressKit() {
        assertThat(site.robotsTxt().lines().filter(line -> !line.startsWith("#")))
                .containsExactly("User-agent: *", "Disallow: /sample/crawl/private", "Allow: /sample/crawl/private/press");
        assertThat(site.respond(HOST, "/robots.txt").contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(site.respond(HOST, "/robots.txt").text()).isEqualTo(site.robotsTxt());

        assertThat(site.allowedByRobots("/sample/crawl/private")).isFalse();
        assertThat(site.allowedByRobots("/sample/crawl/private/")).isFalse();
        assertThat(site.allowedByRobots("/sample/crawl/private/3")).isFalse();
        assertThat(site.allowedByRobots("/sample/crawl/private/press")).as("the longer allow rule wins").isTrue();
        assertThat(site.allowedByRobots("/sample/crawl/films/1")).isTrue();
        assertThat(site.allowedByRobots("/sample/movies")).isTrue();
    }

    @Test
    void theDisallowedPagesExistAndAreLinkedFromPublicOnes() {
        for (String path : List.of("/sample/crawl/private", "/sample/crawl/private/1", "/sample/crawl/private/5")) {
            assertThat(site.respond(HOST, path).status()).as(path).isEqualTo(200);
        }
        assertThat(targets(site.page("/sample/crawl"), link -> true)).contains("/sample/crawl/private");
        assertThat(targets(site.page("/sample/crawl/films/13"), link -> true)).contains("/sample/crawl/private/2");
    }

    @Test
    void draftsExistButNoPageLinksThemAndOnlyStaffPagesLinkTheSecrets() {
        for (String path : site.paths()) {
            for (CrawlLink link : site.page(path).links()) {
                if (link.target().startsWith("/sample/crawl/drafts/")) {
                    assertThat(path).as("links a draft").startsWith("/sample/crawl/drafts/");
                }
                if (link.target().startsWith("/sample/crawl/secret/")) {
                    assertThat(path).as("links a secret").matches("/sample/crawl/(private/\\d|secret/\\d)");
                }
            }
        }
        assertThat(site.respond(HOST, "/sample/crawl/drafts/1").status()).isEqualTo(200);
        assertThat(site.respond(HOST, "/sample/crawl/secret/1").status()).isEqualTo(200);
    }

    @Test
    void relativeReferencesGoUpToTheCommonDirectory() {
        assertThat(CrawlLink.relative("/a/b/c", "/a/d/e")).isEqualTo("../d/e");
        assertThat(CrawlLink.relative("/a/b/c", "/a/b/d")).isEqualTo("d");
        assertThat(CrawlLink.relative("/a/b", "/a/b/c")).isEqualTo("b/c");
        assertThat(CrawlLink.relative("/a/b/c", "/a/b")).isEqualTo("../b");
        for (String from : List.of("/sample/crawl/films/3", "/sample/crawl/private/press", "/sample/crawl/genres")) {
            for (String to : List.of("/sample/crawl", "/sample/crawl/films", "/sample/crawl/films/4", "/sample/crawl/private/1")) {
                assertThat(URI.create("http://h" + from).resolve(CrawlLink.relative(from, to)).getPath()).isEqualTo(to);
            }
        }
    }

    private static List<String> targets(CrawlSitePage page, java.util.function.Predicate<CrawlLink> which) {
        return page.links().stream().filter(which).map(CrawlLink::target).toList();
    }
}
