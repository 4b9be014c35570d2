package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    @Test
    void keepsTheTenHighestCountsHighestFirstTiesAlphabetically() {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            counts.put("w" + (char) ('a' + i), (long) i);
        }
        counts.put("tie-b", 12L);
        counts.put("tie-a", 12L);

        Leaderboard board = Leaderboard.empty().merge(counts);

        assertThat(board.entries()).hasSize(10);
        assertThat(board.entries().get(0)).isEqualTo(new Leaderboard.Entry("tie-a", 12));
        assertThat(board.entries().get(1)).isEqualTo(new Leaderboard.Entry("tie-b", 12));
        assertThat(board.entries().get(2)).isEqualTo(new Leaderboard.Entry("wm", 12));
        assertThat(board.entries().get(9).count()).isEqualTo(5);
    }

    @Test
    void anOlderLowerCountNeverLowersAWord() {
        Leaderboard board = Leaderboard.empty().merge(Map.of("hello", 12L)).merge(Map.of("hello", 1L));

        assertThat(board.entries()).containsExactly(new Leaderboard.Entry("hello", 12));
    }

    @Test
    void mergingTheSameCountsTwiceChangesNothing() {
        Leaderboard once = Leaderboard.empty().merge(Map.of("a", 3L, "b", 2L));

        assertThat(once.merge(Map.of("a", 3L, "b", 2L))).isEqualTo(once);
    }
}
