package workshop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a deployed jar may weigh and must not contain (the workshop's issue 6). Every rule is about the
 * cold start: a bigger jar is slower to download and open, and each library listed here is one the
 * functions do not need but would pay for in class loading (or, for Jackson databind, in reflection).
 */
public final class JarRules {

    /** The course's budget per deployed jar: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A package tree no deployed jar may contain, and what it is. */
    public record Forbidden(String prefix, String what) {
    }

    public static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("io/netty/", "Netty (the SDK's async HTTP client; the functions use the URL-connection"
                    + " client)"),
            new Forbidden("org/apache/http/", "the Apache HTTP client (the SDK's default sync client)"),
            new Forbidden("software/amazon/awssdk/crt/", "the AWS CRT (native HTTP client and checksums)"),
            new Forbidden("com/fasterxml/jackson/databind/", "Jackson databind (the functions use Gson)"));

    private JarRules() {
    }

    /** Every rule {@code jar} breaks, one message each; empty when it is fine. */
    public static List<String> problems(JarContents jar) {
        List<String> problems = new ArrayList<>();
        if (jar.sizeBytes() > MAX_BYTES) {
            problems.add(String.format(Locale.ROOT, "%s is %.2f MB (%d bytes), over the %d-byte budget",
                    jar.file().getFileName(), jar.sizeMegabytes(), jar.sizeBytes(), MAX_BYTES));
        }
        for (Forbidden forbidden : FORBIDDEN) {
            List<String> found = jar.entriesUnder(forbidden.prefix());
            if (!found.isEmpty()) {
                problems.add(jar.file().getFileName() + " contains " + forbidden.what() + ": " + found.size()
                        + " entries under " + forbidden.prefix() + ", e.g. " + found.get(0));
            }
        }
        return problems;
    }
}
