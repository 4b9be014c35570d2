package workshop.localcloud.samples;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The sample movie site: the {@link SampleMovieCatalog} as HTML pages, {@value #PAGE_SIZE} titles a
 * page. It is the default scrape target of the movies pipeline; the pages follow the HTML contract
 * described in the package documentation.
 *
 * <table>
 *   <caption>Addresses</caption>
 *   <tr><th>Path</th><th>Page</th></tr>
 *   <tr><td>{@code /sample/movies}</td><td>page 1 of the listing</td></tr>
 *   <tr><td>{@code /sample/movies?page=N}</td><td>page N; 404 when there is no page N, 400 when N is
 *       not a number</td></tr>
 *   <tr><td>{@code /sample/movies/broken}</td><td>200, but no listing at all: "Site under
 *       maintenance"</td></tr>
 *   <tr><td>{@code /sample/movies/with-broken-next}</td><td>page 1's titles, whose next link leads to
 *       the broken page</td></tr>
 *   <tr><td>{@code /sample/}</td><td>what the site is, with links to the pages above</td></tr>
 *   <tr><td>anything else</td><td>404</td></tr>
 * </table>
 *
 * <p>The site is a pure function of the address: the same URL always gives the same page.
 */
public final class SampleMovieSite {

    public static final int PAGE_SIZE = 25;

    /** Everything under this path belongs to the site. */
    public static final String ROOT_PATH = "/sample/";
    public static final String MOVIES_PATH = "/sample/movies";
    public static final String BROKEN_PATH = "/sample/movies/broken";
    public static final String WITH_BROKEN_NEXT_PATH = "/sample/movies/with-broken-next";

    private static final SampleMovieSite STANDARD = new SampleMovieSite(SampleMovieCatalog.standard());

    /** A page's number needs no more digits than this; longer ones are out of range without parsing. */
    private static final int MAX_PAGE_DIGITS = 6;

    private final SampleMovieCatalog catalog;

    public SampleMovieSite(SampleMovieCatalog catalog) {
        this.catalog = catalog;
    }

    /** The site of the standard catalogue, the one served by the local cloud. */
    public static SampleMovieSite standard() {
        return STANDARD;
    }

    public SampleMovieCatalog catalog() {
        return catalog;
    }

    public int pageCount() {
        return (catalog.size() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** Odd pages are tables, even pages cards: a scraper must read both. */
    public ListingLayout layoutOf(int page) {
        requirePage(page);
        return page % 2 == 1 ? ListingLayout.TABLE : ListingLayout.CARDS;
    }

    /** The titles on page {@code page}, in their order on it. */
    public List<SampleMovie> titlesOn(int page) {
        return writtenOn(page).stream().map(WrittenMovie::movie).toList();
    }

    /**
     * The page at {@code rawPath} (as sent, still percent-encoded) with query {@code rawQuery}
     * ({@code null} for none). Every status's page is HTML.
     */
    public SamplePage page(String rawPath, String rawQuery) {
        if (rawPath.equals("/sample") || rawPath.equals(ROOT_PATH)) {
            return ok(indexPage());
        }
        if (rawPath.equals(MOVIES_PATH)) {
            return listingAt(rawQuery);
        }
        if (rawPath.equals(BROKEN_PATH)) {
            return ok(brokenPage());
        }
        if (rawPath.equals(WITH_BROKEN_NEXT_PATH)) {
            return ok(pageWithBrokenNext());
        }
        return notFound("There is no page at " + rawPath + ".");
    }

    /** The page for a method the site does not serve: it only has pages to read. */
    SamplePage methodNotAllowed(String method) {
        return errorPage(405, "Method not allowed", "This site only answers GET and HEAD, not " + method + ".");
    }

    /**
     * The listing's page {@code page}.
     *
     * @throws IllegalArgumentException when {@code page} is not between 1 and {@link #pageCount()}
     */
    public String listingPage(int page) {
        StringBuilder main = new StringBuilder();
        int first = (page - 1) * PAGE_SIZE + 1;
        List<WrittenMovie> movies = writtenOn(page);
        main.append("    <h1>Catalogue</h1>\n")
                .append("    <p class=\"summary\">Titles ").append(first).append("&ndash;").append(first + movies.size() - 1)
                .append(" of ").append(catalog.size()).append("</p>\n");
        appendListing(main, movies, layoutOf(page), fieldOrderOn(page), page % 4 == 3);
        main.append("    <nav class=\"pagination\">\n");
        if (page > 1) {
            main.append("      <a rel=\"prev\" href=\"").append(HtmlText.escape(relativeUrlOf(page - 1)))
                    .append("\">&larr; Previous</a>\n");
        }
        main.append("      <span class=\"current\">Page ").append(page).append(" of ").append(pageCount()).append("</span>\n");
        if (page < pageCount()) {
            main.append("      <a rel=\"next\" href=\"").append(HtmlText.escape(relativeUrlOf(page + 1)))
                    .append("\">Next &rarr;</a>\n");
        }
        main.append("    </nav>\n");
        return PageFrame.page(PageFrame.SITE_NAME + " – catalogue, page " + page + " of " + pageCount(), main.toString());
    }

    /** A page that answers 200 but has no listing: what a scraper gets from a site under maintenance. */
    public String brokenPage() {
        String main = """
                    <h1>Site under maintenance</h1>
                    <div class="notice">
                      <p>We are updating the catalogue. Please come back in a few minutes.</p>
                    </div>
                    <!-- the listing is switched off during maintenance -->
                """;
        return PageFrame.page(PageFrame.SITE_NAME + " – down for maintenance", main);
    }

    /** Page 1's titles, in the table layout, with a next link to the {@linkplain #brokenPage broken page}. */
    public String pageWithBrokenNext() {
        StringBuilder main = new StringBuilder();
        main.append("    <h1>Catalogue (mirror)</h1>\n")
                .append("    <p class=\"summary\">Titles 1&ndash;").append(writtenOn(1).size())
                .append(" of this mirror. Its next page is under maintenance.</p>\n");
        appendListing(main, writtenOn(1), ListingLayout.TABLE, MovieField.inImdbOrder(), false);
        main.append("    <nav class=\"pagination\">\n")
                .append("      <a rel=\"next\" href=\"broken\">Next &rarr;</a>\n")
                .append("    </nav>\n");
        return PageFrame.page(PageFrame.SITE_NAME + " – catalogue mirror", main.toString());
    }

    /** What the site is, for a person who opens it in a browser. */
    public String indexPage() {
        String main = """
                    <h1>The sample movie site</h1>
                    <p>%d invented titles, %d to a page, for the workshop's scraper to read.
                       Odd pages list them in a table, even pages as cards.</p>
                    <ul class="siteMap">
                      <li><a href="/sample/movies">The catalogue</a>, page 1 (the scraper's default start page)</li>
                      <li><a href="/sample/movies/with-broken-next">A page whose next page is broken</a></li>
                      <li><a href="/sample/movies/broken">A page without a listing</a> (site under maintenance)</li>
                    </ul>
                """.formatted(catalog.size(), PAGE_SIZE);
        return PageFrame.page(PageFrame.SITE_NAME + " – about", main);
    }

    private SamplePage listingAt(String rawQuery) {
        List<String> pageParameters = parameterValues(rawQuery, "page");
        if (pageParameters.isEmpty()) {
            return ok(listingPage(1));
        }
        if (pageParameters.size() > 1) {
            return errorPage(400, "Bad request", "Give one page number, not " + pageParameters.size() + ".");
        }
        String number = pageParameters.get(0);
        if (number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return errorPage(400, "Bad request", "The page must be a number from 1 to " + pageCount()
                    + ", not '" + number + "'.");
        }
        int page = number.length() > MAX_PAGE_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(number);
        if (page < 1 || page > pageCount()) {
            return notFound("There is no page " + number + ": the catalogue has pages 1 to " + pageCount() + ".");
        }
        return ok(listingPage(page));
    }

    private static void appendListing(StringBuilder main, List<WrittenMovie> movies, ListingLayout layout,
                                      List<MovieField> fields, boolean withdrawnRowNote) {
        main.append("    <!-- listing: ").append(layout.name().toLowerCase(Locale.ROOT)).append(" layout -->\n");
        if (layout == ListingLayout.TABLE) {
            TableListing.render(movies, fields, withdrawnRowNote, main);
        } else {
            CardListing.render(movies, fields, main);
        }
    }

    private List<WrittenMovie> writtenOn(int page) {
        requirePage(page);
        int from = (page - 1) * PAGE_SIZE;
        return catalog.written().subList(from, Math.min(from + PAGE_SIZE, catalog.size()));
    }

    /**
     * IMDb's order on pages 1 and 2; after that, each pair of pages starts one field later: a scraper
     * must find a field by its class, not by its position.
     */
    private static List<MovieField> fieldOrderOn(int page) {
        List<MovieField> order = new ArrayList<>(MovieField.inImdbOrder());
        Collections.rotate(order, -((page - 1) / 2));
        return order;
    }

    /** Relative, as many sites write them: from {@code /sample/movies?page=2}, {@code movies?page=3}. */
    private static String relativeUrlOf(int page) {
        return page == 1 ? "movies" : "movies?page=" + page;
    }

    private void requirePage(int page) {
        if (page < 1 || page > pageCount()) {
            throw new IllegalArgumentException("page " + page + " is not between 1 and " + pageCount());
        }
    }

    private static List<String> parameterValues(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text; // "%zz": not a name or number the site knows, so it is answered as such
        }
    }

    private static SamplePage ok(String html) {
        return new SamplePage(200, html);
    }

    private static SamplePage notFound(String text) {
        return errorPage(404, "Page not found", text);
    }

    private static SamplePage errorPage(int status, String heading, String text) {
        String main = "    <h1>" + HtmlText.escape(heading) + "</h1>\n"
                + "    <p class=\"problem\">" + HtmlText.escape(text) + "</p>\n"
                + "    <p><a href=\"/sample/movies\">Back to the catalogue</a></p>\n";
        return new SamplePage(status, PageFrame.page(PageFrame.SITE_NAME + " – " + heading, main));
    }
}
