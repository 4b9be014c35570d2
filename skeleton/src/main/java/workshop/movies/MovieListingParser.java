package workshop.movies;

import org.jsoup.nodes.Document;

/**
 * Finds the movies on one page of the listing, in either of the two layouts the site uses, among
 * whatever else the page holds (navigation, other tables, adverts).
 *
 * <ul>
 *   <li>Table: {@code <table class="movieTable">}, one {@code <tr>} per movie in its {@code <tbody>},
 *       one {@code <td>} per field whose class is the field's name.</li>
 *   <li>Cards: one {@code <div class="movie">} per movie, one
 *       {@code <div class="movieRow FIELD"><span class="label">…</span> <span class="value">…</span></div>}
 *       per field.</li>
 * </ul>
 *
 * Fields are found by their class, never by their position: a site that reorders its columns or adds
 * one must not shift every year into the runtime. Values are trimmed and their inner whitespace runs
 * collapsed to one space (entities are already decoded by jsoup).
 *
 * <p>A row that is not a movie is reported ({@link RowProblem}, rows numbered from 1 in page order) and
 * skipped; the page's other movies are kept. A page with neither layout is not a listing: reported
 * with an excerpt of its text. The link to the next page is the first one whose {@code rel} says
 * {@code next} (it is a list of words, e.g. {@code "next nofollow"}), made absolute.
 */
public class MovieListingParser {

    public ParsedPage parse(Document page) {
        throw new UnsupportedOperationException(
                "Exercise 01: find the movies, the bad rows and the next page - see exercises/01-parse-the-listing/README.md");
    }
}
