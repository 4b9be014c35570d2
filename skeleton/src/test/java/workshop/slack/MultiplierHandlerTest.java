package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.testing.RecordingContexts;

class MultiplierHandlerTest {

    @RegisterExtension
    static final WordsTableExtension TABLE = new WordsTableExtension();

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final MultiplierHandler multiplier = new MultiplierHandler(TABLE.client(), WordsTableExtension.TABLE,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyRecordOfTheEventIsMultipliedOnceAndARedeliveryIsSkipped() {
        SNSEvent event = EventLoader.loadSNSEvent("events/sns-two-messages.json");
        List<String> log = RecordingContexts.newLog();

        multiplier.handleRequest(event, RecordingContexts.recording(log));
        multiplier.handleRequest(event, RecordingContexts.recording(log)); // SNS delivered the same event again

        assertThat(TABLE.count("ho")).isEqualTo(40);
        assertThat(TABLE.count("hum")).isEqualTo(10);
        assertThat(log).filteredOn(line -> line.contains("already processed")).hasSize(2);
    }

    @Test
    void theMarkerExpiresADayLater() {
        multiplier.addPoints(new WordsMessage("m-ttl", "ttl", java.util.Map.of("ttl", 1)));

        assertThat(TABLE.item(WordsTable.markerKey("m-ttl")).get(WordsTable.EXPIRES_AT).n())
                .isEqualTo(Long.toString(NOW.plusSeconds(86_400).getEpochSecond()));
    }

    @Test
    void oneMessageIsOneDynamoDbCallWhateverItsWordCount() {
        TABLE.resetCallCounts();

        multiplier.addPoints(new WordsMessage("m-many", "", java.util.Map.of("one", 1, "two", 2, "three", 3, "four", 4)));

        assertThat(TABLE.callCounts()).containsExactly(java.util.Map.entry("TransactWriteItems", 1L));
        assertThat(TABLE.count("four")).isEqualTo(40);
    }

    @Test
    void somethingElseThanAWordsMessageIsRefused() {
        assertThatThrownBy(() -> WordsMessage.fromJson("{\"hello\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordsMessage.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
