package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TableCommand#printAsText}: the text view of {@code ./workshop table}. */
class TableCommandTextTest {

    @Test
    void noItems() {
        assertThat(print("[]")).containsExactly("(no items)");
    }

    @Test
    void columnsAreTheUnionOfAttributesInFirstSeenOrder() {
        List<String> lines = print("""
                [{"id": "a", "n": 1},
                 {"text": "hi", "id": "b"},
                 {"n": 22, "extra": true, "id": "c"}]
                """);

        assertThat(lines).containsExactly(
                "id  n   text  extra",
                "--  --  ----  -----",
                "a   1",
                "b       hi",
                "c   22        true",
                "(3 items)");
    }

    @Test
    void oneItemIsCountedInTheSingular() {
        assertThat(print("[{\"id\": \"only\"}]")).containsExactly("id", "----", "only", "(1 item)");
    }

    @Test
    void nestedValuesAreShownAsJsonAndNullsAsEmpty() {
        List<String> lines = print("""
                [{"id": "a", "tags": ["x", "y"], "gone": null, "map": {"k": 1}}]
                """);

        assertThat(lines.get(0)).isEqualTo("id  tags       gone  map");
        assertThat(lines.get(2)).isEqualTo("a   [\"x\",\"y\"]        {\"k\":1}");
    }

    @Test
    void longValuesAreCutWithAnEllipsisAtTheMaximumWidth() {
        String exact = "e".repeat(TableCommand.MAX_CELL_WIDTH);
        String longer = "L".repeat(TableCommand.MAX_CELL_WIDTH) + "tail";

        List<String> lines = print("[{\"id\": \"1\", \"v\": \"" + exact + "\"}, {\"id\": \"2\", \"v\": \"" + longer + "\"}]");

        assertThat(lines.get(2)).isEqualTo("1   " + exact);
        String cut = lines.get(3).substring(4);
        assertThat(cut).hasSize(TableCommand.MAX_CELL_WIDTH)
                .isEqualTo("L".repeat(TableCommand.MAX_CELL_WIDTH - 1) + "…")
                .doesNotContain("tail");
        assertThat(lines.get(1)).isEqualTo("--  " + "-".repeat(TableCommand.MAX_CELL_WIDTH));
    }

    private static List<String> print(String json) {
        JsonArray items = JsonParser.parseString(json).getAsJsonArray();
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            TableCommand.printAsText(items, out);
        }
        return text.toString().lines().toList();
    }
}
