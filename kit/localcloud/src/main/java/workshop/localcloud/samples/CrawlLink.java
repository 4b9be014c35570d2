package workshop.localcloud.samples;

/**
 * One {@code <a href>} on a page of the {@link SampleCrawlSite}: where it leads, and how its
 * {@code href} is written. The site's link graph is made of these, so the expected answer of a crawl
 * ({@link SampleCrawlSite#reachable}) comes from the same data as the HTML, not from parsing it.
 *
 * @param form   how the {@code href} is spelled
 * @param target for a link on the site's own host, the canonical path of the page it leads to
 *               ({@code /sample/crawl/films/3}); for {@link Form#EXTERNAL} and {@link Form#OTHER_SCHEME},
 *               the whole URL
 * @param text   the link's text
 */
record CrawlLink(Form form, String target, String text) {

    /** The fragment the {@link Form#FRAGMENT} links carry. */
    static final String FRAGMENT_NAME = "details";

    /** How an {@code href} is written: the spellings of one address a crawler must normalise to one URL. */
    enum Form {
        /** {@code /sample/crawl/films/3} */
        ROOT_RELATIVE,
        /** {@code ../people/7} or {@code 4}: relative to the page's canonical URL (no trailing slash). */
        RELATIVE,
        /** {@code ./4}: the same, with a leading dot segment. */
        DOT_RELATIVE,
        /** {@code http://127.0.0.1:3000/sample/crawl/films/3}: the host the request named. */
        ABSOLUTE,
        /** {@code //127.0.0.1:3000/sample/crawl/films/3}: scheme-relative. */
        SCHEME_RELATIVE,
        /** {@code /sample/crawl/films/3/}: serves the same page as without the slash. */
        TRAILING_SLASH,
        /** {@code /sample/crawl/films/3#details}: the fragment never reaches the server. */
        FRAGMENT,
        /** {@code #top}: the page itself. */
        SAME_PAGE,
        /** {@code http://localhost:3000/sample/crawl/films/3}: the same site through the other loopback name. */
        MIRROR,
        /** {@code https://example.com/...}: another site altogether. */
        EXTERNAL,
        /** {@code mailto:...} or {@code ftp://...}: not for an HTTP crawler. */
        OTHER_SCHEME;

        /** Whether the link leads to the host the page was requested from (after resolving it). */
        boolean staysOnHost() {
            return this != MIRROR && this != EXTERNAL && this != OTHER_SCHEME;
        }
    }

    /**
     * The {@code href} as written on the page at {@code fromPath}, requested with {@code Host: host}.
     *
     * @param mirrorHost the other loopback name with the same port (see {@link SampleCrawlSite#mirrorOf})
     */
    String href(String fromPath, String host, String mirrorHost) {
        return switch (form) {
            case ROOT_RELATIVE -> target;
            case RELATIVE -> relative(fromPath, target);
            case DOT_RELATIVE -> withDotSegment(relative(fromPath, target));
            case ABSOLUTE -> "http://" + host + target;
            case SCHEME_RELATIVE -> "//" + host + target;
            case TRAILING_SLASH -> target + "/";
            case FRAGMENT -> target + "#" + FRAGMENT_NAME;
            case SAME_PAGE -> "#top";
            case MIRROR -> "http://" + mirrorHost + target;
            case EXTERNAL, OTHER_SCHEME -> target;
        };
    }

    /** {@code ./4} for {@code 4}; a reference that starts with {@code ../} already has its dot segment. */
    private static String withDotSegment(String relative) {
        return relative.startsWith("../") ? relative : "./" + relative;
    }

    /**
     * The relative reference from the page at {@code fromPath} to {@code toPath}, both absolute paths
     * without a trailing slash: {@code /a/b/c} to {@code /a/d/e} is {@code ../d/e}.
     */
    static String relative(String fromPath, String toPath) {
        String[] from = fromPath.substring(1).split("/");
        String[] to = toPath.substring(1).split("/");
        int fromDirectories = from.length - 1; // the last segment is the page, not a directory
        int common = 0;
        while (common < fromDirectories && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        relative.append("../".repeat(fromDirectories - common));
        for (int i = common; i < to.length; i++) {
            relative.append(to[i]);
            if (i < to.length - 1) {
                relative.append('/');
            }
        }
        return relative.toString();
    }
}
