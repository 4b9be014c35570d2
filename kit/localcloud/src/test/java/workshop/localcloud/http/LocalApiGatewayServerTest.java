package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.localcloud.http.GatewayTestSupport.CLIENT;
import static workshop.localcloud.http.GatewayTestSupport.get;
import static workshop.localcloud.http.GatewayTestSupport.http;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;
import static workshop.localcloud.http.GatewayTestSupport.ok;
import static workshop.localcloud.http.GatewayTestSupport.request;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LocalApiGatewayServerTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void listensOnLoopbackOnlyOnAFreePort() {
        assertThat(gateway.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(gateway.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(gateway.port()).isPositive();
        assertThat(gateway.baseUrl()).isEqualTo("http://127.0.0.1:" + gateway.port());
    }

    @Test
    void aPortInUseIsReportedClearly() {
        assertThatThrownBy(() -> new LocalApiGateway(gateway.port()).close())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + gateway.port());
    }

    @Test
    void servesRequestsConcurrently() throws Exception {
        // "slow" can only finish once "fast" has run: served one at a time, this would deadlock.
        CountDownLatch fastHasRun = new CountDownLatch(1);
        gateway.addRoute(http("GET", "/slow"), "dev", RecordingFunction.answering("slow",
                APIGatewayProxyRequestEvent.class, event -> {
                    try {
                        return ok(fastHasRun.await(10, TimeUnit.SECONDS) ? "after fast" : "alone");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return ok("interrupted");
                    }
                }));
        gateway.addRoute(http("GET", "/fast"), "dev", RecordingFunction.answering("fast",
                APIGatewayProxyRequestEvent.class, event -> {
                    fastHasRun.countDown();
                    return ok("fast");
                }));
        gateway.start();

        CompletableFuture<HttpResponse<String>> slow =
                CLIENT.sendAsync(request(gateway, "/slow").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get(gateway, "/fast").body()).isEqualTo("fast");
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("after fast");
    }

    @Test
    void closeStopsListeningAtOnce() {
        gateway.start();
        gateway.close();

        assertThatThrownBy(() -> get(gateway, "/anything"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void listsRoutesWithTheUrlsToCallThem() {
        gateway.addRoute(http("GET", "/movies/{id}"), "dev",
                RecordingFunction.returning("getMovie", APIGatewayProxyRequestEvent.class, ok("{}")));
        gateway.addRoute(httpApi("POST", "/slack"),
                RecordingFunction.returning("slack", APIGatewayV2HTTPEvent.class, "ok"));
        gateway.addRoute(httpApi("*", "*"),
                RecordingFunction.returning("fallback", APIGatewayV2HTTPEvent.class, "ok"));
        String base = gateway.baseUrl();

        assertThat(gateway.routes()).containsExactly(
                new RouteInfo("http", "GET", "/movies/{id}", "GET /movies/{id}", "getMovie", "1.0",
                        base + "/movies/{id}", base + "/dev/movies/{id}"),
                new RouteInfo("httpApi", "POST", "/slack", "POST /slack", "slack", "2.0", base + "/slack", null),
                new RouteInfo("httpApi", "ANY", "*", "$default", "fallback", "2.0", base + "/", null));
    }
}
