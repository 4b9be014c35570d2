package workshop.localcloud.config;

/**
 * Where something was written: a file and a 1-based line, printed as {@code file:line}. Line 0
 * stands for the whole file (a file that is missing, empty or unreadable) and prints as {@code file}.
 */
public record Location(String file, int line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
