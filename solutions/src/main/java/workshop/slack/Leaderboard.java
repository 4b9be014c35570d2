package workshop.slack;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most counted words, highest first (ties in alphabetical order), at most {@link #SIZE}.
 *
 * <p>{@link #merge} takes counts seen on the table's stream. Counts only ever grow, so for a word the
 * higher of two counts is the newer one: merging is the same whatever the order of the records or
 * how often one is seen, which is what a stream delivered at least once, in order only per shard, needs.
 */
public record Leaderboard(List<Entry> entries) {

    public static final int SIZE = 10;

    private static final Comparator<Entry> HIGHEST_FIRST = Comparator.comparingLong(Entry::count).reversed()
            .thenComparing(Entry::word);

    public record Entry(String word, long count) {
    }

    public Leaderboard {
        entries = entries.stream().sorted(HIGHEST_FIRST).limit(SIZE).toList();
    }

    public static Leaderboard empty() {
        return new Leaderboard(List.of());
    }

    /** This board with the given counts taken in; a word's count is never lowered. */
    public Leaderboard merge(Map<String, Long> counts) {
        Map<String, Long> all = new HashMap<>(asMap());
        counts.forEach((word, count) -> all.merge(word, count, Math::max));
        return new Leaderboard(all.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList());
    }

    public Map<String, Long> asMap() {
        Map<String, Long> map = new HashMap<>();
        entries.forEach(entry -> map.put(entry.word(), entry.count()));
        return map;
    }
}
