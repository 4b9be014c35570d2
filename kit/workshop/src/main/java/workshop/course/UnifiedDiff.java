package workshop.course;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, like {@code diff -u}: enough for an attendee to compare
 * their file with the reference ({@code ./workshop diff N}).
 *
 * <p>It uses the longest common subsequence of lines (a table of lengths, quadratic in the files'
 * lengths): the exercise files have at most a few hundred lines, where this is instant and easy to read.
 */
public final class UnifiedDiff {

    /** Lines of unchanged text shown around each change, as diff -u does. */
    public static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code a} to {@code b}; empty when the texts have the same lines. */
    public static List<String> diff(String aName, List<String> a, String bName, List<String> b) {
        List<Edit> edits = edits(a, b);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind == ' ') {
                i++;
                continue;
            }
            // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
            // that is at most 2 * CONTEXT unchanged lines from the previous one.
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size()) {
                if (edits.get(end).kind != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            if (out.isEmpty()) {
                out.add("--- " + aName);
                out.add("+++ " + bName);
            }
            out.add(header(edits.subList(start, end)));
            for (Edit edit : edits.subList(start, end)) {
                out.add(edit.kind + edit.line);
            }
            i = end;
        }
        return out;
    }

    private static String header(List<Edit> hunk) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (Edit edit : hunk) {
            if (edit.kind != '+') {
                aCount++;
                if (aStart < 0) {
                    aStart = edit.aLine;
                }
            }
            if (edit.kind != '-') {
                bCount++;
                if (bStart < 0) {
                    bStart = edit.bLine;
                }
            }
        }
        // diff -u numbers an empty side by the line before it.
        return "@@ -" + range(aStart < 0 ? hunk.get(0).aLine - 1 : aStart, aCount)
                + " +" + range(bStart < 0 ? hunk.get(0).bLine - 1 : bStart, bCount) + " @@";
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** One line of the edit script: ' ' kept, '-' only in a, '+' only in b; with its 1-based line numbers. */
    private record Edit(char kind, String line, int aLine, int bLine) {
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i + 1, j + 1)); // removals first, as diff -u shows them
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            }
        }
        return edits;
    }
}
