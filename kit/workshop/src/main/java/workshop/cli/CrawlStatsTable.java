package workshop.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer of {@code GET /crawl/stats} as a table for people: the run (budget, admitted, dropped,
 * terminated), one row of counters per message type, the pages by status. Types and statuses are
 * sorted by name, so two runs print in the same order; a counter the API left out prints as 0.
 */
final class CrawlStatsTable {

    /** The counters the router keeps per message type, in the order of the columns. */
    static final List<String> COUNTERS = List.of("received", "handled", "failed", "emitted", "dropped");

    private CrawlStatsTable() {
    }

    static void print(JsonObject stats, PrintWriter out) {
        out.printf(Locale.ROOT, "Run %s, started %s%n", text(stats, "runId"), text(stats, "startedAt"));
        JsonElement terminated = stats.get("terminated");
        out.printf(Locale.ROOT, "  budget %d, admitted %d, dropped %d, terminated: %s%n", number(stats, "budget"),
                number(stats, "admitted"), number(stats, "dropped"),
                terminated == null || terminated.isJsonNull() ? "no" : terminated.getAsString());

        Map<String, JsonObject> types = sortedObjects(stats, "types");
        out.println();
        if (types.isEmpty()) {
            out.println("  no message handled yet");
        } else {
            int width = Math.max("message type".length(), types.keySet().stream().mapToInt(String::length).max().orElse(0));
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", "message type"));
            COUNTERS.forEach(counter -> header.append(String.format(Locale.ROOT, "  %9s", counter)));
            out.println(header);
            types.forEach((type, counters) -> {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", type));
                COUNTERS.forEach(counter -> row.append(String.format(Locale.ROOT, "  %9d", number(counters, counter))));
                out.println(row);
            });
        }

        Map<String, Long> pages = new TreeMap<>();
        JsonElement pagesByStatus = stats.get("pages");
        if (pagesByStatus != null && pagesByStatus.isJsonObject()) {
            pagesByStatus.getAsJsonObject().keySet().forEach(status -> pages.put(status, number(pagesByStatus.getAsJsonObject(), status)));
        }
        out.println();
        if (pages.isEmpty()) {
            out.println("  pages: none claimed yet");
        } else {
            StringBuilder line = new StringBuilder("  pages:");
            pages.forEach((status, count) -> line.append(' ').append(status).append(' ').append(count).append(','));
            line.setLength(line.length() - 1);
            out.println(line + " (" + pages.values().stream().mapToLong(Long::longValue).sum() + " in all)");
        }
        out.flush();
    }

    private static Map<String, JsonObject> sortedObjects(JsonObject parent, String name) {
        Map<String, JsonObject> sorted = new TreeMap<>();
        JsonElement element = parent.get(name);
        if (element != null && element.isJsonObject()) {
            element.getAsJsonObject().entrySet().stream()
                    .filter(entry -> entry.getValue().isJsonObject())
                    .forEach(entry -> sorted.put(entry.getKey(), entry.getValue().getAsJsonObject()));
        }
        return sorted;
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "?" : value.getAsString();
    }

    private static long number(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsLong() : 0;
    }
}
