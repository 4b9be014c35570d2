/**
 * The sample sites, served offline on loopback: the movie site, a catalogue of invented titles as HTML
 * pages, and the {@linkplain workshop.localcloud.samples.SampleCrawlSite crawl site}, a few hundred
 * linked pages for the crawler (see <a href="#crawl-site">below</a>).
 *
 * <p>The movie site is the default page of the movies pipeline's scraper ({@code url} in the root
 * serverless.yml): {@code ./workshop up} serves it at {@code http://127.0.0.1:3000/sample/movies}, next
 * to the functions' routes, and {@link workshop.localcloud.samples.SampleSiteServer} serves both sites
 * alone for tests.
 *
 * <h2>The pieces</h2>
 * <ul>
 *   <li>{@link workshop.localcloud.samples.SampleMovieCatalog}: {@value
 *       workshop.localcloud.samples.SampleMovieCatalog#SIZE} synthetic titles from a fixed seed; its
 *       {@code titles()} are the {@link workshop.localcloud.samples.SampleMovie}s a scraper should
 *       read, so tests can compare.</li>
 *   <li>{@link workshop.localcloud.samples.SampleMovieSite}: the pages, and which address gives which.</li>
 *   <li>{@link workshop.localcloud.samples.SampleSiteHandler}: the site over HTTP.</li>
 * </ul>
 *
 * <h2>The HTML contract</h2>
 * The scraper relies on exactly this; everything else on a page may change.
 * <ul>
 *   <li><b>Pages.</b> {@value workshop.localcloud.samples.SampleMovieSite#PAGE_SIZE} titles a page.
 *       Every page but the last links to the next with {@code <a rel="next" href="...">}, every page
 *       but the first to the previous with {@code rel="prev"}; the {@code href} is relative
 *       ({@code movies?page=3}), to be resolved against the page's URL.</li>
 *   <li><b>Table layout</b> (odd pages): {@code <table class="movieTable">}, a {@code <thead>} row of
 *       {@code <th>} headers, then one {@code <tr>} per title in {@code <tbody>} with one {@code <td>}
 *       per field whose class is the field's name: {@code id}, {@code primaryTitle},
 *       {@code originalTitle}, {@code isAdult}, {@code startYear}, {@code runtimeMinutes},
 *       {@code genres}.</li>
 *   <li><b>Cards layout</b> (even pages): one {@code <div class="movie">} per title, holding one
 *       {@code <div class="movieRow FIELD"><span class="label">Human label</span> <span
 *       class="value">VALUE</span></div>} per field, FIELD being the same names.</li>
 *   <li><b>Field order.</b> Columns and rows follow IMDb's order on pages 1 and 2 only; later pages
 *       rotate it. Find a field by its class, never by its position.</li>
 *   <li><b>Values</b>, as in IMDb's {@code title.basics}: {@code isAdult} is {@code 0} or {@code 1};
 *       an unknown {@code startYear} or {@code runtimeMinutes} is {@code \N}; {@code genres} are
 *       comma-separated without spaces ({@code Drama,Romance}), {@code \N} when there are none.</li>
 *   <li><b>Text.</b> Pages are UTF-8. Titles contain non-ASCII letters (é, ü, ñ, ø, CJK, Cyrillic),
 *       sometimes written as numeric character references ({@code &#233;}), and the characters
 *       {@code & < > " '}, always written as references ({@code &amp;}, {@code &lt;}, {@code &gt;},
 *       {@code &quot;}, {@code &#39;}).</li>
 *   <li><b>Whitespace rule.</b> Cells carry whitespace around and inside their text. A cell's value
 *       is its text with leading and trailing whitespace removed and each inner run of whitespace
 *       replaced by one space ({@link workshop.localcloud.samples.CellText#normalise}; jsoup's
 *       {@code text()} does exactly this).</li>
 *   <li><b>Around the listing</b> there is unrelated markup a scraper must ignore: a header and
 *       navigation links, a "Box office this week" table (a table, but not {@code movieTable}), a
 *       featured title in {@code label}/{@code value} spans outside any {@code div.movie}, other
 *       {@code div}s, HTML comments (one holds an old table row), a footer.</li>
 * </ul>
 *
 * <h2>Pages for the unhappy paths</h2>
 * {@code /sample/movies/broken} answers 200 with a "Site under maintenance" page that has no listing;
 * {@code /sample/movies/with-broken-next} is a valid listing page whose next link leads there. A page
 * number out of range gets a 404 page, one that is not a number a 400 page, another method than GET
 * or HEAD a 405 page.
 *
 * <h2 id="crawl-site">The crawl site</h2>
 * {@link workshop.localcloud.samples.SampleCrawlSite}: {@value
 * workshop.localcloud.samples.SampleCrawlSite#PAGE_COUNT} pages and files of invented films, people,
 * studios and genres, the crawler's start page being {@code http://127.0.0.1:3000/sample/crawl/}
 * ({@code LocalCloud.sampleCrawlUrl()}, {@code SampleSiteServer.crawlUrl()}).
 *
 * <table>
 *   <caption>Addresses of the crawl site</caption>
 *   <tr><th>Path</th><th>What</th><th>Count</th></tr>
 *   <tr><td>{@code /sample/crawl/} (or without the slash)</td><td>the home page</td><td>1</td></tr>
 *   <tr><td>{@code /sample/crawl/films}, {@code people}, {@code studios}, {@code genres}, {@code archive}</td>
 *       <td>section indexes</td><td>5</td></tr>
 *   <tr><td>{@code /sample/crawl/films/1} &hellip; {@code 140}</td><td>films; each links the previous
 *       and the next, its director (twice), a cast member, its studio and genre</td><td>140</td></tr>
 *   <tr><td>{@code /sample/crawl/people/1} &hellip; {@code 90}</td><td>people</td><td>90</td></tr>
 *   <tr><td>{@code /sample/crawl/studios/1} &hellip; {@code 20}</td><td>studios</td><td>20</td></tr>
 *   <tr><td>{@code /sample/crawl/genres/1} &hellip; {@code 12}</td><td>genres</td><td>12</td></tr>
 *   <tr><td>{@code /sample/crawl/archive/1} &hellip; {@code 10}</td><td>a chain: issue k is k + 1 links
 *       from home; issue 10 links issue 11, a 404 twelve links deep</td><td>10</td></tr>
 *   <tr><td>{@code /sample/crawl/private}, {@code /private/1} &hellip; {@code 5}</td><td>200, disallowed by
 *       robots.txt, linked from public pages</td><td>6</td></tr>
 *   <tr><td>{@code /sample/crawl/private/press}</td><td>allowed again by robots.txt</td><td>1</td></tr>
 *   <tr><td>{@code /sample/crawl/secret/1} &hellip; {@code 3}</td><td>200, linked from the disallowed
 *       pages only: a crawler that finds them ignored robots.txt</td><td>3</td></tr>
 *   <tr><td>{@code /sample/crawl/drafts/1} &hellip; {@code 4}</td><td>200, linked from no page</td><td>4</td></tr>
 *   <tr><td>{@code /sample/crawl/files/notes.txt}, {@code poster.png}</td><td>{@code text/plain},
 *       {@code image/png}</td><td>2</td></tr>
 *   <tr><td>{@code /sample/crawl/reviews}, {@code films/999}, {@code films/0}, {@code people/0},
 *       {@code studios/21}, {@code archive/11}</td><td>linked, but 404</td><td>6</td></tr>
 *   <tr><td>{@code /robots.txt} (at the root of the host)</td><td>{@code User-agent: *},
 *       {@code Disallow: /sample/crawl/private}, {@code Allow: /sample/crawl/private/press}</td><td></td></tr>
 * </table>
 *
 * <p>Links are written every way real sites write them: root-relative, relative ({@code ../people/7},
 * {@code ./26}), absolute, scheme-relative, with a fragment, with a trailing slash (the page is the
 * same, no redirect), to the page itself ({@code #top}), several times on one page; to the mirror host
 * (the other loopback name, same port, taken from the request's {@code Host}), to external sites, and
 * with {@code mailto:} and {@code ftp:}. Relative links are written for the canonical URL (no trailing
 * slash), which is what a crawler that normalises URLs fetches.
 *
 * <p>The expected answer of a crawl is {@link workshop.localcloud.samples.SampleCrawlSite#reachable},
 * a {@link workshop.localcloud.samples.CrawlExpectation} computed from the link graph, which also says
 * exactly what a correct crawler does. Every request the crawl site answers (robots.txt included) is
 * kept, with its {@code Host}, in a {@link workshop.localcloud.samples.CrawlRequestLog}: the local
 * cloud's is {@code cloud.gateway().sampleCrawlRequests()}, a {@code SampleSiteServer}'s
 * {@code crawlRequests()}.
 */
package workshop.localcloud.samples;
