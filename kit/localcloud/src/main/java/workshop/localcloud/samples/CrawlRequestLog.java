package workshop.localcloud.samples;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The requests the {@link SampleCrawlSite} served, oldest first, so a test can check a crawler's
 * manners: each page fetched once, robots.txt read, no request for a disallowed page, none on the
 * mirror host. Safe to use from the server's threads and the test's at once.
 *
 * <p>It keeps the last {@value #CAPACITY} requests and counts the ones it had to forget, so a test
 * can tell a complete log from a cut one. Take a {@link #snapshot()} to read it; {@link #clear()}
 * it between runs.
 */
public final class CrawlRequestLog {

    /** Enough for hundreds of crawls of the site; a bound all the same, as the local cloud may run for days. */
    public static final int CAPACITY = 100_000;

    private final int capacity;
    private final Deque<CrawlRequest> requests = new ArrayDeque<>();
    private long forgotten;

    public CrawlRequestLog() {
        this(CAPACITY);
    }

    /** A log that keeps the last {@code capacity} requests. */
    public CrawlRequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a request, forgetting the oldest one when the log is full. */
    public synchronized void record(CrawlRequest request) {
        if (requests.size() == capacity) {
            requests.removeFirst();
            forgotten++;
        }
        requests.addLast(request);
    }

    /** The requests kept, oldest first; a copy that later requests do not change. */
    public synchronized List<CrawlRequest> snapshot() {
        return List.copyOf(requests);
    }

    public synchronized int size() {
        return requests.size();
    }

    /** How many requests were dropped to stay within the capacity since the last {@link #clear()}. */
    public synchronized long forgotten() {
        return forgotten;
    }

    /** Forgets every request, and the count of forgotten ones. */
    public synchronized void clear() {
        requests.clear();
        forgotten = 0;
    }
}
