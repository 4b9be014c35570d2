package workshop.movies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
 * <p>A row that is not a movie is reported and skipped; the page's other movies are kept. A page with
 * neither layout is not a listing: reported with an excerpt of its text.
 */
public class MovieListingParser {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    public ParsedPage parse(Document page) {
        String url = page.location();
        List<Element> tables = page.select("table.movieTable");
        List<Element> cards = page.select("div.movie");
        if (tables.isEmpty() && cards.isEmpty()) {
            return ParsedPage.noListing(url,
                    "no movie listing on the page (neither a table of class movieTable nor div.movie cards)",
                    clean(page.text()));
        }

        List<Movie> movies = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int rowNumber = 0;
        for (MovieRow row : movieRows(tables, cards)) {
            rowNumber++;
            try {
                movies.add(MovieFields.toMovie(row.fields()));
            } catch (IllegalArgumentException notAMovie) {
                problems.add(new RowProblem(rowNumber, notAMovie.getMessage(),
                        ErrorEntry.bounded(row.text(), ErrorEntry.EXCERPT_LIMIT)));
            }
        }
        return ParsedPage.listing(url, movies, problems, nextPage(page));
    }

    /** One movie's field texts by name, and the whole row's text for the error table. */
    private record MovieRow(Map<String, String> fields, String text) {
    }

    /** Every movie row, tables first, in page order. */
    private static List<MovieRow> movieRows(List<Element> tables, List<Element> cards) {
        List<MovieRow> rows = new ArrayList<>();
        for (Element table : tables) {
            for (Element row : bodyRows(table)) {
                rows.add(new MovieRow(tableRowFields(row), clean(row.text())));
            }
        }
        for (Element card : cards) {
            rows.add(new MovieRow(cardFields(card), clean(card.text())));
        }
        return rows;
    }

    /**
     * The rows of the table's own body, not those of a table nested in a cell. A row without any
     * {@code <td>} (a heading row written in the body) is not a movie row.
     */
    private static List<Element> bodyRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element section : table.children()) {
            if (section.nameIs("tbody")) {
                for (Element row : section.children()) {
                    if (row.nameIs("tr") && hasDataCell(row)) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static boolean hasDataCell(Element row) {
        for (Element cell : row.children()) {
            if (cell.nameIs("td")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> tableRowFields(Element row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : MovieFields.NAMES) {
            for (Element cell : row.children()) {
                if (cell.nameIs("td") && cell.hasClass(name)) {
                    fields.put(name, clean(cell.text()));
                    break;
                }
            }
        }
        return fields;
    }

    private static Map<String, String> cardFields(Element card) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : MovieFields.NAMES) {
            Element row = card.selectFirst("div.movieRow." + name);
            if (row != null) {
                fields.put(name, clean(cardValue(row)));
            }
        }
        return fields;
    }

    /** The value span's text; without one, what the row says besides its label. */
    private static String cardValue(Element row) {
        Element value = row.selectFirst("span.value");
        if (value != null) {
            return value.text();
        }
        Element withoutLabel = row.clone();
        withoutLabel.select("span.label").remove();
        return withoutLabel.text();
    }

    /**
     * The first link whose {@code rel} says {@code next} ({@code rel} is a list of words, e.g.
     * {@code "next nofollow"}), resolved against the page's URL.
     */
    private static Optional<String> nextPage(Document page) {
        for (Element link : page.select("a[rel][href], link[rel][href]")) {
            for (String relation : WHITESPACE.split(link.attr("rel").trim())) {
                if (relation.toLowerCase(Locale.ROOT).equals("next")) {
                    String next = link.absUrl("href");
                    if (!next.isEmpty()) {
                        return Optional.of(next);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Trimmed, with every run of whitespace (including no-break spaces) made one space. */
    static String clean(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
