package workshop.localcloud.samples;

/**
 * One request the {@link SampleCrawlSite} served, as its {@link CrawlRequestLog} keeps it.
 *
 * @param method       {@code GET}, {@code HEAD}, ...
 * @param host         the {@code Host} header as sent ({@code 127.0.0.1:3000}, {@code localhost:3000}),
 *                     or {@code null} when the request had none
 * @param pathAndQuery the request's path and query as sent, still percent-encoded:
 *                     {@code /sample/crawl/films/3/}, {@code /robots.txt}
 */
public record CrawlRequest(String method, String host, String pathAndQuery) {

    /** The path without the query. */
    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
