package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.testing.RecordingContexts;

class LeaderboardHandlerTest {

    @RegisterExtension
    static final WordsTableExtension TABLE = new WordsTableExtension();

    private final LeaderboardStore store = new LeaderboardStore(TABLE.client(), WordsTableExtension.TABLE);

    @Test
    void wordCountsFromTheStreamReachTheBoardMarkersAndTheBoardItselfDoNot() {
        new LeaderboardHandler(store).handleRequest(EventLoader.loadDynamoDbEvent("events/words-stream.json"),
                RecordingContexts.recording(RecordingContexts.newLog()));

        assertThat(store.read().asMap())
                .containsEntry("hello", 11L)
                .containsEntry("world", 3L)
                .doesNotContainKey("zzz")
                .allSatisfy((word, count) -> assertThat(word).doesNotStartWith("#"));
    }

    @Test
    void eachSaveKeepsEarlierWordsAndRaisesTheVersion() {
        store.mergeAndSave(Map.of("first", 5L));
        store.mergeAndSave(Map.of("second", 7L));

        assertThat(store.read().asMap()).containsEntry("first", 5L).containsEntry("second", 7L);
        long version = Long.parseLong(TABLE.item(WordsTable.LEADERBOARD_KEY).get("version").n());
        store.mergeAndSave(Map.of("first", 5L)); // nothing new: no write
        assertThat(Long.parseLong(TABLE.item(WordsTable.LEADERBOARD_KEY).get("version").n())).isEqualTo(version);
    }
}
