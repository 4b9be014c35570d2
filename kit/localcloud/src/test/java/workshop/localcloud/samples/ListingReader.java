package workshop.localcloud.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A strict reader of the sample site's pages, written from the HTML contract alone (the package
 * documentation), as a scraper would be: it finds fields by class, reads values with jsoup's
 * {@code text()} (the whitespace rule) and turns IMDb's page values into typed ones. It fails on
 * anything the contract does not allow, so the tests that use it check the contract too.
 */
final class ListingReader {

    private static final List<String> FIELD_NAMES = MovieField.inImdbOrder().stream().map(MovieField::className).toList();

    private ListingReader() {
    }

    /** The titles on the page, in its order; empty when it has no listing. */
    static List<SampleMovie> movies(Document page) {
        return fieldsOfEachTitle(page).stream().map(ListingReader::toMovie).toList();
    }

    /** Each title's fields by name, as their text reads on the page. */
    static List<Map<String, String>> fieldsOfEachTitle(Document page) {
        List<Map<String, String>> titles = new ArrayList<>();
        Element table = page.selectFirst("table.movieTable");
        if (table != null) {
            for (Element row : table.select("tbody > tr")) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element cell : row.select("> td")) {
                    put(fields, cell.className(), cell.text());
                }
                titles.add(fields);
            }
            return titles;
        }
        for (Element card : page.select("div.movie")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element row : card.select("> div.movieRow")) {
                List<String> names = new ArrayList<>(row.classNames());
                names.remove("movieRow");
                if (names.size() != 1) {
                    throw new AssertionError("a movieRow needs exactly one field class: " + row.outerHtml());
                }
                Element value = row.selectFirst("> span.value");
                if (value == null) {
                    throw new AssertionError("a movieRow without its value span: " + row.outerHtml());
                }
                put(fields, names.get(0), value.text());
            }
            titles.add(fields);
        }
        return titles;
    }

    /** The absolute URL of the next page, if the page links to one. */
    static Optional<String> nextUrl(Document page) {
        Element next = page.selectFirst("a[rel=next]");
        return next == null ? Optional.empty() : Optional.of(next.absUrl("href"));
    }

    private static void put(Map<String, String> fields, String name, String text) {
        if (!FIELD_NAMES.contains(name)) {
            throw new AssertionError("'" + name + "' is not a field name");
        }
        if (fields.put(name, text) != null) {
            throw new AssertionError("field " + name + " twice in one title");
        }
    }

    private static SampleMovie toMovie(Map<String, String> fields) {
        if (!fields.keySet().containsAll(FIELD_NAMES)) {
            throw new AssertionError("a title without all fields: " + fields);
        }
        String adult = fields.get("isAdult");
        if (!adult.equals("0") && !adult.equals("1")) {
            throw new AssertionError("isAdult is not 0 or 1: '" + adult + "'");
        }
        String genres = fields.get("genres");
        return new SampleMovie(fields.get("id"), fields.get("primaryTitle"), fields.get("originalTitle"),
                adult.equals("1"), number(fields.get("startYear")), number(fields.get("runtimeMinutes")),
                genres.equals("\\N") ? List.of() : Arrays.asList(genres.split(",")));
    }

    private static Integer number(String text) {
        return text.equals("\\N") ? null : Integer.valueOf(text);
    }
}
