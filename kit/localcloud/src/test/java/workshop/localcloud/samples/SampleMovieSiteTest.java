package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/** The site's pages, read with jsoup as the scraper reads them, against the HTML contract. */
class SampleMovieSiteTest {

    /** Where the pages pretend to be, to resolve their relative links; nothing is fetched. */
    private static final String ORIGIN = "http://127.0.0.1:3000";

    private final SampleMovieSite site = SampleMovieSite.standard();
    private final List<SampleMovie> titles = site.catalog().titles();

    @Test
    void thirteenPagesOfTwentyFiveTitlesTheLastOneShorter() {
        assertThat(site.pageCount()).isEqualTo(13);
        for (int page = 1; page < 13; page++) {
            assertThat(site.titlesOn(page)).hasSize(SampleMovieSite.PAGE_SIZE);
        }
        assertThat(site.titlesOn(13)).hasSize(20);
        assertThatThrownBy(() -> site.titlesOn(14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.titlesOn(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void followingRelNextFromTheFirstPageReadsEveryTitleOnceInOrderOverBothLayouts() {
        List<SampleMovie> read = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        List<ListingLayout> layouts = new ArrayList<>();
        Optional<String> url = Optional.of(ORIGIN + SampleMovieSite.MOVIES_PATH);
        while (url.isPresent()) {
            assertThat(visited).as("a cycle").doesNotContain(url.get());
            visited.add(url.get());
            Document page = fetch(url.get());
            layouts.add(page.selectFirst("table.movieTable") != null ? ListingLayout.TABLE : ListingLayout.CARDS);
            read.addAll(ListingReader.movies(page));
            url = ListingReader.nextUrl(page);
        }

        assertThat(read).isEqualTo(titles);
        assertThat(visited).hasSize(13).first().isEqualTo(ORIGIN + "/sample/movies");
        assertThat(visited.get(1)).isEqualTo(ORIGIN + "/sample/movies?page=2");
        assertThat(layouts).containsExactly(
                ListingLayout.TABLE, ListingLayout.CARDS, ListingLayout.TABLE, ListingLayout.CARDS, ListingLayout.TABLE,
                ListingLayout.CARDS, ListingLayout.TABLE, ListingLayout.CARDS, ListingLayout.TABLE, ListingLayout.CARDS,
                ListingLayout.TABLE, ListingLayout.CARDS, ListingLayout.TABLE);
    }

    @Test
    void eachPageShowsItsTitlesInTheLayoutItAnnounces() {
        for (int page = 1; page <= site.pageCount(); page++) {
            Document document = listing(page);
            assertThat(ListingReader.movies(document)).as("page %d", page).isEqualTo(site.titlesOn(page));
            ListingLayout layout = page % 2 == 1 ? ListingLayout.TABLE : ListingLayout.CARDS;
            assertThat(site.layoutOf(page)).isEqualTo(layout);
            assertThat(document.select("table.movieTable")).hasSize(layout == ListingLayout.TABLE ? 1 : 0);
            assertThat(document.select("div.movie")).hasSize(layout == ListingLayout.CARDS ? site.titlesOn(page).size() : 0);
        }
    }

    @Test
    void pagesLinkToTheNextAndThePreviousWithRelativeHrefs() {
        for (int page = 1; page <= site.pageCount(); page++) {
            Document document = listing(page);
            Elements next = document.select("a[rel=next]");
            Elements prev = document.select("a[rel=prev]");
            if (page < site.pageCount()) {
                assertThat(next).as("next on page %d", page).hasSize(1);
                assertThat(next.attr("href")).doesNotStartWith("/").doesNotContain("://");
                assertThat(next.first().absUrl("href")).isEqualTo(ORIGIN + "/sample/movies?page=" + (page + 1));
            } else {
                assertThat(next).as("no next on the last page").isEmpty();
            }
            if (page > 1) {
                assertThat(prev).as("prev on page %d", page).hasSize(1);
                assertThat(prev.attr("href")).doesNotStartWith("/").doesNotContain("://");
                assertThat(fetch(prev.first().absUrl("href")).select("a[rel=next]").first().absUrl("href"))
                        .as("prev of page %d leads to the page before it", page).isEqualTo(pageUrl(page));
            } else {
                assertThat(prev).isEmpty();
            }
        }
    }

    @Test
    void tablePagesFollowTheContract() {
        Set<String> fieldNames = fieldNames();
        for (int page = 1; page <= site.pageCount(); page += 2) {
            Document document = listing(page);
            Elements tables = document.select("table.movieTable");
            assertThat(tables).as("page %d", page).hasSize(1);
            Element table = tables.first();
            assertThat(table.select("> thead > tr")).hasSize(1);
            assertThat(table.select("> thead > tr > th")).hasSize(7);
            Elements rows = table.select("> tbody > tr");
            assertThat(rows).hasSize(site.titlesOn(page).size());
            for (Element row : rows) {
                Elements cells = row.select("> td");
                assertThat(cells).hasSize(7);
                assertThat(cells.stream().map(Element::className).collect(Collectors.toSet())).isEqualTo(fieldNames);
                List<String> headers = table.select("> thead > tr > th").eachText();
                List<String> labelsOfCells = cells.stream().map(cell -> fieldOf(cell.className()).label()).toList();
                assertThat(headers).as("each header above its column").isEqualTo(labelsOfCells);
            }
            assertThat(document.select("div.movie")).isEmpty();
        }
    }

    @Test
    void cardPagesFollowTheContract() {
        Set<String> fieldNames = fieldNames();
        for (int page = 2; page <= site.pageCount(); page += 2) {
            Document document = listing(page);
            Elements cards = document.select("div.movie");
            assertThat(cards).as("page %d", page).hasSize(site.titlesOn(page).size());
            for (Element card : cards) {
                Elements rows = card.children();
                assertThat(rows).hasSize(7).allMatch(row -> row.tagName().equals("div") && row.hasClass("movieRow"));
                Set<String> fields = rows.stream()
                        .map(row -> row.classNames().stream().filter(name -> !name.equals("movieRow")).findFirst().orElseThrow())
                        .collect(Collectors.toSet());
                assertThat(fields).isEqualTo(fieldNames);
                for (Element row : rows) {
                    assertThat(row.classNames()).hasSize(2);
                    assertThat(row.children()).extracting(Element::tagName, Element::className)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("span", "label"),
                                    org.assertj.core.groups.Tuple.tuple("span", "value"));
                    String field = row.classNames().stream().filter(name -> !name.equals("movieRow")).findFirst().orElseThrow();
                    assertThat(row.selectFirst("span.label").text()).isEqualTo(fieldOf(field).label());
                }
            }
            assertThat(document.select("table.movieTable")).isEmpty();
        }
    }

    @Test
    void fieldsAreInImdbOrderOnTheFirstPagesOnly() {
        List<String> imdbOrder = MovieField.inImdbOrder().stream().map(MovieField::className).toList();

        assertThat(columnsOf(listing(1))).isEqualTo(imdbOrder);
        assertThat(rowsOfFirstCard(listing(2))).isEqualTo(imdbOrder);
        assertThat(columnsOf(listing(3))).isNotEqualTo(imdbOrder).containsExactlyInAnyOrderElementsOf(imdbOrder);
        assertThat(rowsOfFirstCard(listing(4))).isNotEqualTo(imdbOrder).containsExactlyInAnyOrderElementsOf(imdbOrder);
    }

    @Test
    void valuesAreWrittenAsImdbWritesThem() {
        List<String> years = new ArrayList<>();
        List<String> genres = new ArrayList<>();
        List<String> adult = new ArrayList<>();
        for (int page = 1; page <= site.pageCount(); page++) {
            for (var fields : ListingReader.fieldsOfEachTitle(listing(page))) {
                years.add(fields.get("startYear"));
                genres.add(fields.get("genres"));
                adult.add(fields.get("isAdult"));
            }
        }

        assertThat(years).contains("\\N").allMatch(year -> year.equals("\\N") || year.matches("\\d{4}"));
        assertThat(genres).contains("\\N").anyMatch(genre -> genre.matches("[A-Za-z-]+(,[A-Za-z-]+){2}"))
                .noneMatch(genre -> genre.contains(" "));
        assertThat(adult).containsOnly("0", "1").contains("1");
    }

    @Test
    void cellsHaveWhitespaceThatTextRemoves() {
        int padded = 0;
        int innerRuns = 0;
        for (int page = 1; page <= site.pageCount(); page++) {
            for (Element cell : listing(page).select("table.movieTable td, div.movie span.value")) {
                String whole = cell.wholeText();
                assertThat(cell.text()).isEqualTo(CellText.normalise(whole));
                padded += whole.equals(whole.strip()) ? 0 : 1;
                innerRuns += whole.strip().matches("(?s).*\\S\\s{2,}\\S.*|.*\\S\\t\\S.*") ? 1 : 0;
            }
        }
        assertThat(padded).isGreaterThan(100);
        assertThat(innerRuns).isGreaterThan(5);
    }

    @Test
    void theHtmlUsesCharacterReferencesAndUtf8() {
        String allPages = allListingPages();

        assertThat(allPages).contains("&amp;", "&lt;", "&quot;", "&#39;");
        assertThat(allPages).containsPattern("&#(2[0-9]{2}|[0-9]{4,5});"); // é as &#233;, Cyrillic, CJK
        assertThat(allPages.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as("raw UTF-8 text").isTrue();
        assertThat(allPages).as("a raw < in text").doesNotContain("<3 ").doesNotContain("< ");
    }

    @Test
    void theListingIsSurroundedByUnrelatedMarkup() {
        for (int page : List.of(1, 2)) {
            Document document = listing(page);
            Element otherTable = document.selectFirst("table:not(.movieTable)");
            assertThat(otherTable).isNotNull();
            assertThat(otherTable.selectFirst("caption").text()).isEqualTo("Box office this week");
            assertThat(document.select("header nav a")).hasSizeGreaterThan(2);
            assertThat(document.select("footer")).hasSize(1);
            assertThat(document.select("span.value").stream().filter(value -> value.closest("div.movie") == null))
                    .as("a value span outside the listing").isNotEmpty();
            assertThat(comments(document)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(document.select("div").size()).isGreaterThan(page == 2 ? site.titlesOn(2).size() * 8 : 3);
        }
        assertThat(comments(listing(3))).anyMatch(comment -> comment.contains("<tr>"));
    }

    @Test
    void theBrokenPageIsHtmlWithoutAListing() {
        SamplePage broken = site.page("/sample/movies/broken", null);
        Document document = parse(broken, "/sample/movies/broken");

        assertThat(broken.status()).isEqualTo(200);
        assertThat(document.select("h1").text()).isEqualTo("Site under maintenance");
        assertThat(document.select("table.movieTable, div.movie")).isEmpty();
        assertThat(document.select("table")).isNotEmpty(); // only the box office
        assertThat(ListingReader.nextUrl(document)).isEmpty();
    }

    @Test
    void thePageWithABrokenNextListsTitlesAndLeadsToTheBrokenPage() {
        SamplePage page = site.page("/sample/movies/with-broken-next", null);
        Document document = parse(page, "/sample/movies/with-broken-next");

        assertThat(page.status()).isEqualTo(200);
        assertThat(ListingReader.movies(document)).isEqualTo(site.titlesOn(1));
        assertThat(ListingReader.nextUrl(document)).hasValue(ORIGIN + "/sample/movies/broken");
        assertThat(ListingReader.movies(fetch(ListingReader.nextUrl(document).get()))).isEmpty();
    }

    @Test
    void pageNumbersOutOfRangeAreNotFoundAndOthersAreBadRequests() {
        assertThat(site.page("/sample/movies", "page=1")).isEqualTo(site.page("/sample/movies", null));
        assertThat(site.page("/sample/movies", "page=13").status()).isEqualTo(200);
        assertThat(site.page("/sample/movies", "sort=title&page=2")).isEqualTo(site.page("/sample/movies", "page=2"));
        for (String query : List.of("page=0", "page=14", "page=00", "page=99999999999999999999")) {
            assertThat(site.page("/sample/movies", query).status()).as(query).isEqualTo(404);
        }
        for (String query : List.of("page=abc", "page=-1", "page=", "page", "page=2.0", "page=1&page=2", "page=%zz")) {
            assertThat(site.page("/sample/movies", query).status()).as(query).isEqualTo(400);
        }
    }

    @Test
    void unknownPathsAreNotFoundAndTheIndexLinksToThePages() {
        for (String path : List.of("/sample/nothing", "/sample/movies/", "/sample/movies/3", "/elsewhere", "/")) {
            SamplePage page = site.page(path, null);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(ListingReader.movies(parse(page, path))).isEmpty();
        }
        for (String path : List.of("/sample", "/sample/")) {
            SamplePage index = site.page(path, null);
            assertThat(index.status()).isEqualTo(200);
            assertThat(parse(index, path).select("main a").eachAttr("href"))
                    .contains("/sample/movies", "/sample/movies/broken", "/sample/movies/with-broken-next");
        }
    }

    @Test
    void errorPagesDoNotEchoMarkup() {
        SamplePage page = site.page("/sample/<script>", null);

        assertThat(page.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void theSameAddressAlwaysGivesTheSamePage() {
        SampleMovieSite regenerated = new SampleMovieSite(
                SampleMovieCatalog.generate(SampleMovieCatalog.SEED, SampleMovieCatalog.SIZE));

        for (int page = 1; page <= site.pageCount(); page++) {
            assertThat(regenerated.listingPage(page)).isEqualTo(site.listingPage(page));
        }
        assertThat(regenerated.pageWithBrokenNext()).isEqualTo(site.pageWithBrokenNext());
    }

    @Test
    void aSmallCatalogueHasOnePageWithoutLinks() {
        SampleMovieSite small = new SampleMovieSite(SampleMovieCatalog.generate(3, 4));
        Document only = Jsoup.parse(small.listingPage(1), ORIGIN + "/sample/movies");

        assertThat(small.pageCount()).isEqualTo(1);
        assertThat(ListingReader.movies(only)).isEqualTo(small.catalog().titles());
        assertThat(only.select("a[rel=next], a[rel=prev]")).isEmpty();
    }

    private Document listing(int page) {
        return fetch(pageUrl(page));
    }

    private static String pageUrl(int page) {
        return ORIGIN + "/sample/movies" + (page == 1 ? "" : "?page=" + page);
    }

    /** The page at {@code url}, as the site would serve it, parsed with the URL as its base. */
    private Document fetch(String url) {
        URI uri = URI.create(url);
        SamplePage page = site.page(uri.getRawPath(), uri.getRawQuery());
        assertThat(page.status()).as(url).isEqualTo(200);
        return Jsoup.parse(page.html(), url);
    }

    private static Document parse(SamplePage page, String path) {
        return Jsoup.parse(page.html(), ORIGIN + path);
    }

    private String allListingPages() {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= site.pageCount(); page++) {
            all.append(site.listingPage(page));
        }
        return all.toString();
    }

    private static Set<String> fieldNames() {
        return MovieField.inImdbOrder().stream().map(MovieField::className).collect(Collectors.toSet());
    }

    private static MovieField fieldOf(String className) {
        return MovieField.inImdbOrder().stream().filter(field -> field.className().equals(className)).findFirst().orElseThrow();
    }

    private static List<String> columnsOf(Document page) {
        return page.select("table.movieTable > tbody > tr").first().select("> td").eachAttr("class");
    }

    private static List<String> rowsOfFirstCard(Document page) {
        return page.selectFirst("div.movie").children().stream()
                .map(row -> row.classNames().stream().filter(name -> !name.equals("movieRow")).findFirst().orElseThrow())
                .toList();
    }

    private static List<String> comments(Document document) {
        List<String> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment.getData());
            }
        }, document);
        return comments;
    }
}
