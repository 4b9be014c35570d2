package workshop.localcloud.samples;

/**
 * Writes a page of the {@link SampleCrawlSite} as HTML: small, plain, every link in one list, in the
 * page's order. The links' {@code href}s depend on the host the page was requested from (absolute and
 * mirror links name it); nothing else does.
 */
final class CrawlPageHtml {

    static final String SITE_NAME = "Reel Sample crawl site";

    private CrawlPageHtml() {
    }

    /**
     * @param host       the {@code Host} the page was requested with, e.g. {@code 127.0.0.1:3000}
     * @param mirrorHost the other loopback name, e.g. {@code localhost:3000}
     */
    static String render(CrawlSitePage page, String host, String mirrorHost) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("  <meta charset=\"utf-8\">\n")
                .append("  <title>").append(HtmlText.escape(page.title())).append("</title>\n")
                .append("</head>\n<body id=\"top\">\n")
                .append("<header class=\"siteHeader\">").append(SITE_NAME).append("</header>\n")
                .append("<main>\n")
                .append("  <h1>").append(HtmlText.escape(page.title())).append("</h1>\n")
                .append("  <p class=\"text\">").append(HtmlText.escape(page.text())).append("</p>\n")
                .append("  <ul class=\"links\">\n");
        for (CrawlLink link : page.links()) {
            html.append("    <li><a href=\"").append(HtmlText.escape(link.href(page.path(), host, mirrorHost)))
                    .append("\">").append(HtmlText.escape(link.text())).append("</a></li>\n");
        }
        html.append("  </ul>\n</main>\n")
                .append("<footer class=\"siteFooter\">Every film, name and studio on this site is invented.</footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }
}
