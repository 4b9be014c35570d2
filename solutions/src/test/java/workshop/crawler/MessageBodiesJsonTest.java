package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bodies as the router writes and reads them with Gson: the wire format of issue 7. */
class MessageBodiesJsonTest {

    private static final Gson GSON = new Gson();
    private static final CrawlScope SCOPE = new CrawlScope(List.of("127.0.0.1"), 3);

    @Test
    void aPageUrlIsWrittenInTheAgreedFormat() {
        String json = GSON.toJson(new PageUrl("http://127.0.0.1:3000/sample/crawl", 0, SCOPE));

        assertThat(JsonParser.parseString(json)).isEqualTo(JsonParser.parseString("""
                {"url":"http://127.0.0.1:3000/sample/crawl","depth":0,"scope":{"allowedHosts":["127.0.0.1"],"maxDepth":3}}
                """));
    }

    @Test
    void bodiesComeBackAsTheyWent() {
        PageUrl pageUrl = new PageUrl("http://127.0.0.1:3000/a", 2, SCOPE);
        PageBody pageBody = new PageBody("http://127.0.0.1:3000/a", "http://127.0.0.1:3000/a/", 2, SCOPE, "A", "<p>\"a\"\n</p>");

        assertThat(GSON.fromJson(GSON.toJson(pageUrl), PageUrl.class)).isEqualTo(pageUrl);
        assertThat(GSON.fromJson(GSON.toJson(pageBody), PageBody.class)).isEqualTo(pageBody);
    }

    @Test
    void readingABodyChecksItAsTheConstructorsDo() {
        // Gson builds records through their canonical constructor: hosts come in lower case, nonsense is refused.
        PageUrl read = GSON.fromJson("{\"url\":\"http://x.test/\",\"depth\":1,\"scope\":{\"allowedHosts\":[\"X.test\"],\"maxDepth\":2}}",
                PageUrl.class);

        assertThat(read.scope().allowedHosts()).containsExactly("x.test");
        assertThatThrownBy(() -> GSON.fromJson("{\"url\":\"http://x.test/\",\"depth\":1,\"scope\":{\"allowedHosts\":[],\"maxDepth\":2}}",
                PageUrl.class)).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GSON.fromJson("{\"depth\":1,\"scope\":{\"allowedHosts\":[\"x.test\"],\"maxDepth\":2}}",
                PageUrl.class)).hasRootCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void theJsonSizeOfABodyCountsTheEscapesOfGsonsDefaultConfiguration() {
        PageBody plain = new PageBody("http://x.test/", "http://x.test/", 0, SCOPE, "", "a".repeat(1000));
        PageBody escaped = new PageBody("http://x.test/", "http://x.test/", 0, SCOPE, "", "<".repeat(1000));

        assertThat(plain.jsonBytes()).isEqualTo(GSON.toJson(plain).length()).isBetween(1000, 1200);
        assertThat(escaped.jsonBytes()).isBetween(6000, 6200); // \u003c
    }
}
