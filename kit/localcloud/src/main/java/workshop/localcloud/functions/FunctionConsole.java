package workshop.localcloud.functions;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what handlers print with {@code System.out}/{@code System.err} to their function's log.
 *
 * <p>On AWS each function has its own process and its standard output goes to CloudWatch. Here all
 * functions share one JVM, so the standard streams are replaced once by streams that look up which
 * function the current thread is running for; output from any other thread passes through untouched.
 */
public final class FunctionConsole {

    private static final InheritableThreadLocal<FunctionLog> CURRENT = new InheritableThreadLocal<>();
    private static PrintStream originalOut;

    private FunctionConsole() {
    }

    /** Replaces {@code System.out} and {@code System.err} once per JVM; later calls do nothing. */
    public static synchronized void install() {
        if (originalOut != null) {
            return;
        }
        originalOut = System.out;
        System.setOut(routing(System.out));
        System.setErr(routing(System.err));
    }

    /** The console as it was before {@link #install}: where function logs are echoed. */
    public static synchronized PrintStream console() {
        return originalOut != null ? originalOut : System.out;
    }

    /** Marks the current thread (and threads it starts) as running for {@code log}'s function. */
    static void enter(FunctionLog log) {
        CURRENT.set(log);
    }

    static void leave() {
        CURRENT.remove();
    }

    private static PrintStream routing(PrintStream passThrough) {
        return new PrintStream(new RoutingOutput(passThrough), true, StandardCharsets.UTF_8);
    }

    /** Collects a thread's bytes up to each newline, then appends the line to its function's log. */
    private static final class RoutingOutput extends OutputStream {

        private final PrintStream passThrough;
        private final ThreadLocal<ByteArrayOutputStream> pending = ThreadLocal.withInitial(ByteArrayOutputStream::new);

        RoutingOutput(PrintStream passThrough) {
            this.passThrough = passThrough;
        }

        @Override
        public void write(int b) {
            FunctionLog log = CURRENT.get();
            if (log == null) {
                passThrough.write(b);
                return;
            }
            if (b == '\n') {
                ByteArrayOutputStream line = pending.get();
                log.append(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                pending.get().write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void flush() {
            if (CURRENT.get() == null) {
                passThrough.flush();
            }
        }
    }
}
