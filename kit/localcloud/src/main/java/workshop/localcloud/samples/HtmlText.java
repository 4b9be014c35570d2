package workshop.localcloud.samples;

/** Text made safe for HTML: in an element's content and in a quoted attribute value alike. */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} written as character references. */
    static String escape(String text) {
        return escape(text, false);
    }

    /**
     * As {@link #escape(String)}; with {@code nonAsciiAsReferences}, every non-ASCII character is
     * written as a numeric character reference too ({@code é} as {@code &#233;}), as some sites do.
     */
    static String escape(String text, boolean nonAsciiAsReferences) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (nonAsciiAsReferences && c > 127) {
                        escaped.append("&#").append(c).append(';');
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
