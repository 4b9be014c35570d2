package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageCodecTest {

    record PageUrl(String url, int depth, List<String> hosts) {
    }

    record Strict(String url) {
        Strict {
            if (url == null || !url.startsWith("http")) {
                throw new IllegalArgumentException("not an http URL: " + url);
            }
        }
    }

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void writesTheWireFormatOfTheIssue() {
        byte[] data = MessageCodec.encode("pageUrl", Envelope.root("m1", "r1", T), new PageUrl("http://a/", 0, List.of("a")));

        JsonObject json = JsonParser.parseString(new String(data, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("messageType").getAsString()).isEqualTo("pageUrl");
        assertThat(json.getAsJsonObject("system").toString())
                .isEqualTo("{\"messageId\":\"m1\",\"runId\":\"r1\",\"timestamp\":\"2026-11-23T10:00:00Z\",\"parentId\":null,\"depth\":0}");
        assertThat(json.getAsJsonObject("body").toString()).isEqualTo("{\"url\":\"http://a/\",\"depth\":0,\"hosts\":[\"a\"]}");
    }

    @Test
    void aMessageSurvivesTheRoundTrip() {
        Envelope child = Envelope.root("m1", "r1", T).child("m2", T.plusMillis(1234));
        PageUrl body = new PageUrl("http://a/ü", 3, List.of("a", "b"));

        RoutedMessage decoded = MessageCodec.decode(MessageCodec.encode("pageUrl", child, body));

        assertThat(decoded.messageType()).isEqualTo("pageUrl");
        assertThat(decoded.envelope()).isEqualTo(child);
        assertThat(MessageCodec.bodyAs(decoded.body(), PageUrl.class)).isEqualTo(body);
    }

    @Test
    void htmlInABodyIsWrittenAsIsNotAsSixCharacterEscapes() {
        byte[] data = MessageCodec.encode("page", Envelope.root("m1", "r1", T), Map.of("html", "<a href='x'>&</a>"));

        assertThat(new String(data, StandardCharsets.UTF_8)).contains("<a href='x'>&</a>").doesNotContain("\\u003c");
    }

    @Test
    void aBodyMustBeAJsonObject() {
        assertThatThrownBy(() -> MessageCodec.encode("t", Envelope.root("m", "r", T), "just a string"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> MessageCodec.encode(" ", Envelope.root("m", "r", T), new JsonObject()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageType");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset() {
        byte[] data = "{\"messageType\":\"t\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> MessageCodec.decode(data))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessage("not UTF-8: invalid byte sequence at offset 17");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "not json at all {                                                                 | not JSON",
            "[1,2]                                                                             | not a JSON object",
            "{'system':{},'body':{}}                                                           | messageType is missing",
            "{'messageType':7,'system':{},'body':{}}                                           | messageType is not a string: 7",
            "{'messageType':'  ','system':{},'body':{}}                                        | messageType is blank",
            "{'messageType':'t','body':{}}                                                     | system is missing",
            "{'messageType':'t','system':[],'body':{}}                                         | system is not an object: []",
            "{'messageType':'t','system':SYS}                                                  | body is missing",
            "{'messageType':'t','system':SYS,'body':'x'}                                       | body is not an object: \"x\"",
            "{'messageType':'t','system':{'runId':'r','timestamp':'T','depth':0},'body':{}}    | system.messageId is missing",
            "{'messageType':'t','system':{'messageId':'m','timestamp':'T','depth':0},'body':{}} | system.runId is missing",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','depth':0},'body':{}}    | system.timestamp is missing",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'yesterday','depth':0},'body':{}} | system.timestamp is not an ISO-8601 instant: \"yesterday\"",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T'},'body':{}} | system.depth is missing",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T','depth':'0'},'body':{}} | system.depth is not a number: \"0\"",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T','depth':1.5},'body':{}} | system.depth is not a whole number: 1.5",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T','depth':-1,'parentId':'p'},'body':{}} | invalid system fields: depth must not be negative: -1",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T','depth':2},'body':{}} | invalid system fields: only a run's first message (depth 0) has no parent",
            "{'messageType':'t','system':{'messageId':'m','runId':'r','timestamp':'T','depth':0,'parentId':5},'body':{}} | system.parentId is not a string: 5",
    })
    void eachWayOfNotBeingAMessageHasItsReason(String text, String reason) {
        String json = text.trim()
                .replace("SYS", "{'messageId':'m','runId':'r','timestamp':'T','depth':0}")
                .replace("'T'", "'2026-11-23T10:00:00Z'")
                .replace('\'', '"');

        assertThatThrownBy(() -> MessageCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageStartingWith(reason.trim());
    }

    @Test
    void aBodyThatDoesNotFitTheClassSaysWhy() {
        JsonObject wrongType = JsonParser.parseString("{\"url\":\"http://a/\",\"depth\":\"deep\"}").getAsJsonObject();
        JsonObject refusedByConstructor = JsonParser.parseString("{\"url\":\"ftp://a/\"}").getAsJsonObject();

        assertThatThrownBy(() -> MessageCodec.bodyAs(wrongType, PageUrl.class))
                .isInstanceOf(UndecodableMessageException.class).hasMessageStartingWith("body does not fit PageUrl");
        assertThatThrownBy(() -> MessageCodec.bodyAs(refusedByConstructor, Strict.class))
                .isInstanceOf(UndecodableMessageException.class).hasMessageContaining("not an http URL: ftp://a/");
    }
}
