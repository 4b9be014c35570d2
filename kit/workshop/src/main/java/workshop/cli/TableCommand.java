package workshop.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./workshop table NAME}: shows the items of a table of the running local cloud. */
@Command(name = "table", description = "Show the items of a DynamoDB table of the running local cloud.")
final class TableCommand implements Callable<Integer> {

    /** Wider values are cut in the text view (the JSON view is never cut). */
    static final int MAX_CELL_WIDTH = 40;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The table's name, e.g. movie-local.")
    private String table;

    @Option(names = "--json", description = "Print the items as a JSON array (for scripts and jq).")
    private boolean json;

    @Option(names = "--limit", defaultValue = "100", description = "Most items to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--admin", hidden = true, description = "Admin URL of the local cloud (default: the one './workshop up' started).")
    private String adminUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JsonArray items;
        try {
            items = RunningCloud.find(adminUrl)
                    .get("/tables/" + table + "/items", Map.of("limit", String.valueOf(limit)))
                    .getAsJsonArray();
        } catch (RunningCloud.NoCloudException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.NO_CLOUD;
        }
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(items));
        } else {
            printAsText(items, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A plain text table: one column per attribute name, in the order they first appear. */
    static void printAsText(JsonArray items, PrintWriter out) {
        if (items.isEmpty()) {
            out.println("(no items)");
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        items.forEach(item -> columns.addAll(item.getAsJsonObject().keySet()));
        List<String> header = new ArrayList<>(columns);
        List<List<String>> rows = new ArrayList<>();
        for (JsonElement item : items) {
            JsonObject object = item.getAsJsonObject();
            rows.add(header.stream().map(column -> cell(object.get(column))).toList());
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(header, widths));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        out.println(line(rules, widths));
        rows.forEach(row -> out.println(line(row, widths)));
        out.println("(" + items.size() + " item" + (items.size() == 1 ? "" : "s") + ")");
    }

    private static String cell(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        String text = value.isJsonPrimitive() ? value.getAsString() : value.toString();
        return text.length() > MAX_CELL_WIDTH ? text.substring(0, MAX_CELL_WIDTH - 1) + "…" : text;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s", cells.get(i)));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }
}
