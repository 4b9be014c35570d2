package workshop.slack;

import java.util.List;
import java.util.Map;

/**
 * The most counted words, highest first (ties in alphabetical order), at most {@link #SIZE}: the
 * constructor keeps only those, in that order, whatever it is given.
 *
 * <p>{@link #merge} takes counts seen on the table's stream. Counts only ever grow, so for a word the
 * higher of two counts is the newer one: merging is the same whatever the order of the records or
 * how often one is seen, which is what a stream delivered at least once, in order only per shard, needs.
 */
public record Leaderboard(List<Entry> entries) {

    public static final int SIZE = 10;

    public record Entry(String word, long count) {
    }

    public Leaderboard {
        // Exercise 12: keep the SIZE highest entries, highest first, ties in alphabetical order.
        entries = List.copyOf(entries);
    }

    public static Leaderboard empty() {
        throw new UnsupportedOperationException("Exercise 12: an empty board - see exercises/12-leaderboard/README.md");
    }

    /** This board with the given counts taken in; a word's count is never lowered. */
    public Leaderboard merge(Map<String, Long> counts) {
        throw new UnsupportedOperationException("Exercise 12: merge counts into the board - see exercises/12-leaderboard/README.md");
    }

    /** word → count of the board's entries. */
    public Map<String, Long> asMap() {
        throw new UnsupportedOperationException("Exercise 12: the board as a map - see exercises/12-leaderboard/README.md");
    }
}
