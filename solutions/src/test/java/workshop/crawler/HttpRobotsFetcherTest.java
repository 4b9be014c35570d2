package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRobotsFetcherTest {

    private LoopbackSite site;
    private final HttpRobotsFetcher fetcher = new HttpRobotsFetcher(Duration.ofMillis(500));

    @BeforeEach
    void startSite() throws IOException {
        site = LoopbackSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void getsTheFileAsTextWithItsStatusAndNamesTheCrawler() throws IOException {
        site.answer("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private\n");

        RobotsFetcher.Response response = fetcher.fetch(site.url("/robots.txt"));

        assertThat(response).isEqualTo(new RobotsFetcher.Response(200, "User-agent: *\nDisallow: /private\n"));
        assertThat(site.requests()).singleElement().satisfies(request ->
                assertThat(request.userAgent()).startsWith(RobotsRules.AGENT_TOKEN));
    }

    @Test
    void givesAnErrorStatusAsTheAnswer() throws IOException {
        assertThat(fetcher.fetch(site.url("/robots.txt")).status()).isEqualTo(404);

        site.answer("/robots.txt", 503, "text/plain", "busy");
        assertThat(fetcher.fetch(site.url("/robots.txt")).status()).isEqualTo(503);
    }

    @Test
    void followsARedirect() throws IOException {
        site.redirect("/robots.txt", "/moved/robots.txt");
        site.answer("/moved/robots.txt", 200, "text/plain", "User-agent: *\n");

        assertThat(fetcher.fetch(site.url("/robots.txt"))).isEqualTo(new RobotsFetcher.Response(200, "User-agent: *\n"));
    }

    @Test
    void readsAtMost500KiB() throws IOException {
        site.answer("/robots.txt", 200, "text/plain", "#".repeat(HttpRobotsFetcher.MAX_BYTES + 1000));

        assertThat(fetcher.fetch(site.url("/robots.txt")).body()).hasSize(HttpRobotsFetcher.MAX_BYTES);
    }

    @Test
    void throwsWhenTheServerDoesNotAnswerInTime() {
        site.stall("/robots.txt");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/robots.txt"))).isInstanceOf(IOException.class);
    }

    @Test
    void throwsWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/robots.txt"))
                .isInstanceOf(IOException.class);
    }
}
