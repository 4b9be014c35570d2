package workshop.localcloud.samples;

import java.util.List;

/**
 * The table layout:
 * <pre>{@code
 * <table class="movieTable">
 *   <thead><tr><th>Title id</th>...</tr></thead>
 *   <tbody>
 *     <tr><td class="id">tt0000001</td><td class="primaryTitle">...</td>...</tr>
 *   </tbody>
 * </table>
 * }</pre>
 */
final class TableListing {

    private TableListing() {
    }

    /**
     * @param columns          the fields in the order of the columns
     * @param withdrawnRowNote whether to leave an old row in a comment, as edited pages do; a scraper
     *                         that parses HTML ignores it, one that searches the text does not
     */
    static void render(List<WrittenMovie> movies, List<MovieField> columns, boolean withdrawnRowNote,
                       StringBuilder html) {
        html.append("    <table class=\"movieTable\">\n");
        html.append("      <thead>\n        <tr>");
        for (MovieField field : columns) {
            html.append("<th>").append(HtmlText.escape(field.label())).append("</th>");
        }
        html.append("</tr>\n      </thead>\n      <tbody>\n");
        if (withdrawnRowNote) {
            html.append("        <!-- withdrawn at the distributor's request:\n")
                    .append("        <tr><td class=\"id\">tt0000000</td><td class=\"primaryTitle\">Withdrawn</td></tr>\n")
                    .append("        -->\n");
        }
        for (WrittenMovie movie : movies) {
            html.append("        <tr>\n");
            for (MovieField field : columns) {
                html.append("          <td class=\"").append(field.className()).append("\">")
                        .append(HtmlText.escape(movie.cell(field), movie.nonAsciiAsReferences()))
                        .append("</td>\n");
            }
            html.append("        </tr>\n");
        }
        html.append("      </tbody>\n    </table>\n");
    }
}
