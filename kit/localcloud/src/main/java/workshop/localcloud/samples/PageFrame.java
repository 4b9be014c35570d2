package workshop.localcloud.samples;

/**
 * What surrounds the content of every page of the sample site, as on a real one: a header with
 * navigation links, a sidebar with a featured title, a "Box office this week" table and a newsletter
 * box, comments, and a footer. None of it is part of the listing, and a scraper must not take it for
 * one: the box office is a table too (without the class {@code movieTable}), and the featured title
 * uses {@code label} and {@code value} spans outside any {@code div.movie}.
 */
final class PageFrame {

    /** The site's name: an invented one, like everything on it. */
    static final String SITE_NAME = "Reel Sample";

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 0; color: #222; }
            .siteHeader, .siteFooter { background: #123; color: #eee; padding: 0.6em 1em; }
            .siteHeader a, .siteFooter a { color: #9cf; margin-right: 1em; }
            .layout { display: flex; gap: 2em; padding: 1em; }
            .sidebar { width: 16em; font-size: 0.9em; }
            main { flex: 1; }
            table { border-collapse: collapse; }
            th, td { border-bottom: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
            .movie { border: 1px solid #ccc; border-radius: 4px; margin: 0.5em 0; padding: 0.5em; }
            .label { color: #666; display: inline-block; width: 10em; }
            .pagination a, .pagination span { margin-right: 1em; }
            """;

    private PageFrame() {
    }

    /**
     * A whole page.
     *
     * @param title the page's {@code <title>}, plain text
     * @param main  the HTML inside {@code <main>}
     */
    static String page(String title, String main) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("  <meta charset=\"utf-8\">\n")
                .append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("  <title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("  <style>\n").append(STYLE).append("  </style>\n")
                .append("</head>\n<body>\n")
                .append("<!-- ").append(SITE_NAME).append(" is the workshop's sample site: every title, id and number")
                .append(" on it is invented. -->\n");
        header(html);
        html.append("<div class=\"layout\">\n");
        sidebar(html);
        html.append("  <main>\n").append(main).append("  </main>\n");
        html.append("</div>\n");
        footer(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html) {
        html.append("<header class=\"siteHeader\">\n")
                .append("  <a class=\"brand\" href=\"/sample/\">").append(SITE_NAME).append("</a>\n")
                .append("  <nav class=\"mainNav\">\n")
                .append("    <a href=\"/sample/\">Home</a>\n")
                .append("    <a href=\"/sample/movies\">Catalogue</a>\n")
                .append("    <a href=\"#coming-soon\">Coming soon</a>\n")
                .append("    <a href=\"#newsletter\">Newsletter</a>\n")
                .append("  </nav>\n")
                .append("</header>\n");
    }

    private static void sidebar(StringBuilder html) {
        html.append("  <aside class=\"sidebar\">\n")
                .append("    <div class=\"featured\"><span class=\"label\">Featured</span> ")
                .append("<span class=\"value\">Velmora Rising</span></div>\n")
                .append("    <table class=\"boxOffice\">\n")
                .append("      <caption>Box office this week</caption>\n")
                .append("      <thead><tr><th>#</th><th>Title</th><th>Weekend</th></tr></thead>\n")
                .append("      <tbody>\n")
                .append("        <tr><td class=\"rank\">1</td><td class=\"title\">Velmora Rising</td><td class=\"gross\">$12.4M</td></tr>\n")
                .append("        <tr><td class=\"rank\">2</td><td class=\"title\">The Quinthol Job</td><td class=\"gross\">$9.1M</td></tr>\n")
                .append("        <tr><td class=\"rank\">3</td><td class=\"title\">Elbar &amp; Sons</td><td class=\"gross\">$4.7M</td></tr>\n")
                .append("      </tbody>\n")
                .append("    </table>\n")
                .append("    <!-- newsletter box: copy from marketing, do not edit -->\n")
                .append("    <div class=\"newsletter\" id=\"newsletter\">\n")
                .append("      <div class=\"newsletterTitle\">The weekly list</div>\n")
                .append("      <div class=\"newsletterText\">New titles every Friday. <a href=\"#subscribe\">Subscribe</a></div>\n")
                .append("    </div>\n")
                .append("  </aside>\n");
    }

    private static void footer(StringBuilder html) {
        html.append("<footer class=\"siteFooter\">\n")
                .append("  <p>").append(SITE_NAME).append(" &middot; a made-up catalogue for the serverless Java")
                .append(" workshop &middot; <a href=\"/sample/\">About this site</a></p>\n")
                .append("</footer>\n");
    }
}
