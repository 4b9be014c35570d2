package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The log of the crawl site's requests: ordered, bounded, safe across threads. */
@Timeout(30)
class CrawlRequestLogTest {

    @Test
    void keepsRequestsOldestFirstAndASnapshotDoesNotChangeAfterwards() {
        CrawlRequestLog log = new CrawlRequestLog();
        log.record(new CrawlRequest("GET", "127.0.0.1:3000", "/robots.txt"));
        log.record(new CrawlRequest("GET", "127.0.0.1:3000", "/sample/crawl/"));

        List<CrawlRequest> snapshot = log.snapshot();
        log.record(new CrawlRequest("HEAD", "localhost:3000", "/sample/crawl/films/1?x=1"));

        assertThat(snapshot).extracting(CrawlRequest::pathAndQuery).containsExactly("/robots.txt", "/sample/crawl/");
        assertThat(log.snapshot()).hasSize(3).last()
                .isEqualTo(new CrawlRequest("HEAD", "localhost:3000", "/sample/crawl/films/1?x=1"));
        assertThat(log.snapshot().get(2).path()).isEqualTo("/sample/crawl/films/1");
        assertThatThrownBy(() -> snapshot.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void forgetsTheOldestBeyondItsCapacityAndCountsThem() {
        CrawlRequestLog log = new CrawlRequestLog(3);
        for (int i = 1; i <= 5; i++) {
            log.record(new CrawlRequest("GET", "h", "/" + i));
        }

        assertThat(log.snapshot()).extracting(CrawlRequest::pathAndQuery).containsExactly("/3", "/4", "/5");
        assertThat(log.forgotten()).isEqualTo(2);
        assertThat(new CrawlRequestLog().snapshot()).isEmpty();
        assertThat(CrawlRequestLog.CAPACITY).isEqualTo(100_000);
        assertThatThrownBy(() -> new CrawlRequestLog(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearingStartsAfresh() {
        CrawlRequestLog log = new CrawlRequestLog(1);
        log.record(new CrawlRequest("GET", "h", "/1"));
        log.record(new CrawlRequest("GET", "h", "/2"));

        log.clear();

        assertThat(log.size()).isZero();
        assertThat(log.forgotten()).isZero();
    }

    @Test
    void requestsFromManyThreadsAreAllKept() throws Exception {
        CrawlRequestLog log = new CrawlRequestLog();
        int threads = 8;
        int each = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String host = "thread-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        log.record(new CrawlRequest("GET", host, "/" + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.size()).isEqualTo(threads * each);
        assertThat(log.snapshot().stream().filter(request -> request.host().equals("thread-3")))
                .extracting(CrawlRequest::pathAndQuery)
                .as("one thread's requests in its order")
                .startsWith("/0", "/1", "/2").hasSize(each);
    }
}
