package workshop.localcloud.config;

/** Where something was written: a file and a 1-based line, printed as {@code file:line}. */
public record Location(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
