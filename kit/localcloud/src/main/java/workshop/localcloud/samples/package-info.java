/**
 * The sample movie site: a catalogue of invented titles as HTML pages, served offline on loopback.
 * It is the default page of the movies pipeline's scraper ({@code url} in the root serverless.yml):
 * {@code ./workshop up} serves it at {@code http://127.0.0.1:3000/sample/movies}, next to the
 * functions' routes, and {@link workshop.localcloud.samples.SampleSiteServer} serves it alone for tests.
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
 */
package workshop.localcloud.samples;
