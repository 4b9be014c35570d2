package workshop.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.movies.FetchedPage;

/** The crawl pages table on DynamoDB Local: claims decided by DynamoDB, outcomes, counts. */
class PageClaimsTest {

    @RegisterExtension
    static final PagesTableExtension table = new PagesTableExtension();

    private static final String RUN = "run-1";
    private static final String URL = "http://127.0.0.1:3000/sample/crawl/a";

    private final PageClaims claims = table.claims();

    @Test
    void theFirstClaimWinsAndRecordsWhoClaimedAtWhichDepth() {
        assertThat(claims.claim(RUN, URL, "message-1", 2)).isTrue();

        Map<String, AttributeValue> item = table.item(RUN, URL).orElseThrow();
        assertThat(item.get("claimedBy").s()).isEqualTo("message-1");
        assertThat(item.get("depth").n()).isEqualTo("2");
        assertThat(item.get("status").s()).isEqualTo(PageOutcome.CLAIMED);
        assertThat(item.get("claimedAt").s()).isEqualTo(PagesTableExtension.NOW.toString());
    }

    @Test
    void anotherMessageLosesAClaimedUrl() {
        claims.claim(RUN, URL, "message-1", 1);

        assertThat(claims.claim(RUN, URL, "message-2", 1)).isFalse();
        assertThat(table.item(RUN, URL).orElseThrow().get("claimedBy").s()).isEqualTo("message-1");
    }

    @Test
    void theSameMessageClaimingAgainWinsAgain() {
        // A handler that failed after its claim runs again with the same message: the page is still its.
        claims.claim(RUN, URL, "message-1", 1);

        assertThat(claims.claim(RUN, URL, "message-1", 1)).isTrue();
    }

    @Test
    void eachRunClaimsItsOwnUrls() {
        assertThat(claims.claim("run-1", URL, "message-1", 0)).isTrue();
        assertThat(claims.claim("run-2", URL, "message-2", 0)).isTrue();
    }

    @Test
    void ofManyClaimsAtTheSameMomentExactlyOneWins() throws Exception {
        int claimants = 8;
        ExecutorService threads = Executors.newFixedThreadPool(claimants);
        try {
            for (int page = 0; page < 10; page++) {
                String url = URL + page;
                CountDownLatch ready = new CountDownLatch(claimants);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int claimant = 0; claimant < claimants; claimant++) {
                    String messageId = "message-" + claimant;
                    Callable<Boolean> claim = () -> {
                        ready.countDown();
                        go.await(); // the start gate: every claim leaves at once
                        return claims.claim(RUN, url, messageId, 1);
                    };
                    results.add(threads.submit(claim));
                }
                assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                go.countDown();

                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> result : results) {
                    won.add(result.get(10, TimeUnit.SECONDS));
                }
                assertThat(won).as("claims of " + url).containsOnlyOnce(true);
                String winner = "message-" + won.indexOf(true);
                assertThat(table.item(RUN, url).orElseThrow().get("claimedBy").s()).isEqualTo(winner);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void recordsAFailureWithItsReasonAndStatus() {
        claims.claim(RUN, URL, "message-1", 1);

        claims.record(RUN, URL, PageOutcome.ofFailedFetch(FetchedPage.failed(URL, "HTTP 404 Not Found", "")));

        Map<String, AttributeValue> item = table.item(RUN, URL).orElseThrow();
        assertThat(item.get("status").s()).isEqualTo("failed");
        assertThat(item.get("httpStatus").n()).isEqualTo("404");
        assertThat(item.get("reason").s()).isEqualTo("HTTP 404 Not Found");
        assertThat(item.get("fetchedAt").s()).isEqualTo(PagesTableExtension.NOW.toString());
        assertThat(item.get("claimedBy").s()).isEqualTo("message-1");
    }

    @Test
    void theOutcomeAndTheContentDoNotUndoEachOtherInEitherOrder() {
        String other = URL + "/other";
        claims.claim(RUN, URL, "message-1", 1);
        claims.claim(RUN, other, "message-2", 1);

        claims.record(RUN, URL, PageOutcome.fetched());
        claims.recordContent(RUN, URL, "Page A", 7);
        claims.recordContent(RUN, other, "Page B", 3);
        claims.record(RUN, other, PageOutcome.fetched());

        for (String url : List.of(URL, other)) {
            Map<String, AttributeValue> item = table.item(RUN, url).orElseThrow();
            assertThat(item.get("status").s()).isEqualTo("fetched");
            assertThat(item).containsKeys("title", "links", "claimedBy", "depth").doesNotContainKeys("httpStatus", "reason");
        }
        assertThat(table.item(RUN, URL).orElseThrow().get("links").n()).isEqualTo("7");
        assertThat(table.item(RUN, other).orElseThrow().get("title").s()).isEqualTo("Page B");
    }

    @Test
    void countsTheRunsUrlsByStatus() {
        claims.claim(RUN, URL + 1, "m1", 0);
        claims.claim(RUN, URL + 2, "m2", 1);
        claims.claim(RUN, URL + 3, "m3", 1);
        claims.claim(RUN, URL + 4, "m4", 1);
        claims.claim(RUN, URL + 5, "m5", 1);
        claims.claim("run-2", URL + 1, "m6", 0);
        claims.record(RUN, URL + 1, PageOutcome.fetched());
        claims.record(RUN, URL + 2, PageOutcome.fetched());
        claims.record(RUN, URL + 3, PageOutcome.robots());
        claims.record(RUN, URL + 4, PageOutcome.failed("timed out after 5000 ms"));

        assertThat(claims.countsByStatus(RUN)).containsExactly(
                Map.entry("claimed", 1L), Map.entry("failed", 1L), Map.entry("fetched", 2L), Map.entry("robots", 1L));
        assertThat(claims.countsByStatus("run-3")).isEmpty();
    }

    @Test
    void knowsWhichUrlsTheRunHasClaimedAmongMoreThanOneBatchGetOfThem() {
        List<String> urls = IntStream.range(0, 250).mapToObj(n -> URL + "/" + n).toList();
        // Every third URL claimed; the same URLs in another run do not count.
        for (int n = 0; n < urls.size(); n += 3) {
            claims.claim(RUN, urls.get(n), "m" + n, 1);
        }
        claims.claim("run-2", urls.get(1), "other", 1);

        Set<String> known = claims.claimedAmong(RUN, urls);

        assertThat(known).hasSize(84).allMatch(url -> urls.indexOf(url) % 3 == 0);
        assertThat(claims.claimedAmong(RUN, List.of())).isEmpty();
        assertThat(claims.claimedAmong("run-3", urls)).isEmpty();
    }
}
