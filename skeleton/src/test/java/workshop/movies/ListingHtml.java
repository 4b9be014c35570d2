package workshop.movies;

/** Listing pages in the table layout of the site's HTML contract, for the tests that walk a site. */
final class ListingHtml {

    private ListingHtml() {
    }

    /** A page with the given rows and, unless {@code nextHref} is null, a {@code rel="next"} link to it. */
    static String page(String nextHref, String... rows) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=utf-8><title>Movies</title></head><body>")
                .append("<nav><a href=\"/\">Home</a></nav>")
                .append("<table class=\"movieTable\"><thead><tr><th>id</th><th>primaryTitle</th><th>originalTitle</th>")
                .append("<th>isAdult</th><th>startYear</th><th>runtimeMinutes</th><th>genres</th></tr></thead><tbody>");
        for (String row : rows) {
            html.append(row);
        }
        html.append("</tbody></table>");
        if (nextHref != null) {
            html.append("<a rel=\"next\" href=\"").append(nextHref).append("\">Next</a>");
        }
        return html.append("</body></html>").toString();
    }

    /** A valid movie row: title {@code Movie <id>}, 90 minutes, Drama. */
    static String row(String id, String startYear) {
        return "<tr><td class=\"id\">" + id + "</td><td class=\"primaryTitle\">Movie " + id + "</td>"
                + "<td class=\"originalTitle\">Movie " + id + "</td><td class=\"isAdult\">0</td>"
                + "<td class=\"startYear\">" + startYear + "</td><td class=\"runtimeMinutes\">90</td>"
                + "<td class=\"genres\">Drama</td></tr>";
    }

    static String row(String id) {
        return row(id, "1999");
    }
}
