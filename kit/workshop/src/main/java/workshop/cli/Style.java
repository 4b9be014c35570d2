package workshop.cli;

/**
 * Colours for the course commands' output: only when it goes to a terminal and NO_COLOR is not set
 * (https://no-color.org), so piped output and logs stay plain text.
 */
final class Style {

    private static final String RESET = "\u001B[0m";

    private final boolean colours;

    Style(boolean colours) {
        this.colours = colours;
    }

    /** The style for this process's standard output. */
    static Style forTerminal() {
        String noColor = System.getenv("NO_COLOR");
        return new Style(System.console() != null && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM")));
    }

    String green(String text) {
        return paint("\u001B[32m", text);
    }

    String red(String text) {
        return paint("\u001B[31m", text);
    }

    String yellow(String text) {
        return paint("\u001B[33m", text);
    }

    String bold(String text) {
        return paint("\u001B[1m", text);
    }

    String dim(String text) {
        return paint("\u001B[2m", text);
    }

    private String paint(String code, String text) {
        return colours ? code + text + RESET : text;
    }
}
