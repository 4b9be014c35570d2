package workshop.localcloud.samples;

import java.util.List;

/**
 * The cards layout:
 * <pre>{@code
 * <div class="movieList">
 *   <div class="movie">
 *     <div class="movieRow id"><span class="label">Title id</span> <span class="value">tt0000001</span></div>
 *     ...
 *   </div>
 * </div>
 * }</pre>
 */
final class CardListing {

    private CardListing() {
    }

    /** @param rows the fields in the order of the rows of each card */
    static void render(List<WrittenMovie> movies, List<MovieField> rows, StringBuilder html) {
        html.append("    <div class=\"movieList\">\n");
        for (WrittenMovie movie : movies) {
            html.append("      <div class=\"movie\">\n");
            for (MovieField field : rows) {
                html.append("        <div class=\"movieRow ").append(field.className()).append("\">")
                        .append("<span class=\"label\">").append(HtmlText.escape(field.label())).append("</span> ")
                        .append("<span class=\"value\">")
                        .append(HtmlText.escape(movie.cell(field), movie.nonAsciiAsReferences()))
                        .append("</span></div>\n");
            }
            html.append("      </div>\n");
        }
        html.append("    </div>\n");
    }
}
