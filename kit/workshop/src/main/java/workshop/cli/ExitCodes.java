package workshop.cli;

/** Exit codes of {@code ./workshop}, usable in scripts. */
final class ExitCodes {

    static final int OK = 0;
    /** Something went wrong: the message says what. */
    static final int FAILURE = 1;
    /** The command line itself was wrong (picocli's convention). */
    static final int USAGE = 2;
    /** A command needs a running local cloud and none answers: start one with {@code ./workshop up}. */
    static final int NO_CLOUD = 3;

    private ExitCodes() {
    }
}
