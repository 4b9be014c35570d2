package workshop.router;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Message ids: random for a run's first message, derived for every message a handler emits.
 *
 * <p>An emitted message's id is a name-based UUID of (parent id, handler name, index of the emit). A
 * handler that runs again for the same message (its completion marker was not written before a crash,
 * or the batch was retried) emits the same ids again, so the copies are recognised downstream as the
 * same messages ({@code message#<id>} in the runtime table) and handled once.
 */
public final class MessageIds {

    private MessageIds() {
    }

    /** A new id for a run's first message. */
    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** The id of the {@code index}-th message (from 0) that handler {@code handlerName} emitted while handling {@code parentId}. */
    public static String child(String parentId, String handlerName, int index) {
        // Each part is preceded by its length, so two different triples never make the same name
        // (plain concatenation would: "a" + "bc" and "ab" + "c").
        String name = parentId.length() + ":" + parentId + handlerName.length() + ":" + handlerName + index;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
