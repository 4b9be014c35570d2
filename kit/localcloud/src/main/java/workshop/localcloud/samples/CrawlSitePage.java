package workshop.localcloud.samples;

import java.util.List;

/**
 * One page (or file) of the {@link SampleCrawlSite}, before it is written out.
 *
 * @param path  its canonical path: no trailing slash, no query, no fragment
 * @param kind  what it is served as
 * @param title the {@code <title>} of an HTML page; a file's name otherwise
 * @param text  the visible text: the paragraph of an HTML page, the whole content of a text file
 * @param links the page's links in the order they appear, duplicates included; none for a file
 */
record CrawlSitePage(String path, Kind kind, String title, String text, List<CrawlLink> links) {

    /** What a page is served as. A crawler reads links out of {@link #HTML} pages only. */
    enum Kind {
        HTML("text/html; charset=utf-8"),
        TEXT("text/plain; charset=utf-8"),
        PNG("image/png");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        String contentType() {
            return contentType;
        }
    }

    CrawlSitePage {
        links = List.copyOf(links);
    }
}
