package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff of ./workshop diff, in diff -u's format. */
class UnifiedDiffTest {

    @Test
    void sameLinesGiveNoDiff() {
        assertThat(UnifiedDiff.diff("a", List.of("x", "y"), "b", List.of("x", "y"))).isEmpty();
    }

    @Test
    void aChangedLineWithItsContext() {
        List<String> yours = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        List<String> reference = List.of("1", "2", "3", "4", "five", "6", "7", "8");

        assertThat(UnifiedDiff.diff("yours", yours, "reference", reference)).containsExactly(
                "--- yours",
                "+++ reference",
                "@@ -2,7 +2,7 @@",
                " 2",
                " 3",
                " 4",
                "-5",
                "+five",
                " 6",
                " 7",
                " 8");
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        List<String> yours = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            yours.add(String.valueOf(i));
        }
        List<String> reference = new ArrayList<>(yours);
        reference.set(1, "two");
        reference.remove(17); // "18"

        assertThat(UnifiedDiff.diff("a", yours, "b", reference)).containsExactly(
                "--- a", "+++ b",
                "@@ -1,5 +1,5 @@", " 1", "-2", "+two", " 3", " 4", " 5",
                "@@ -15,6 +15,5 @@", " 15", " 16", " 17", "-18", " 19", " 20");
    }

    @Test
    void anEmptyFileAgainstAFullOne() {
        assertThat(UnifiedDiff.diff("a", List.of(), "b", List.of("x", "y"))).containsExactly(
                "--- a", "+++ b", "@@ -0,0 +1,2 @@", "+x", "+y");
    }
}
