package workshop.router;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * A message as it was read from the stream: its type, its envelope, and its body still as JSON (each
 * handler decodes it into the class it registered).
 */
public record RoutedMessage(String messageType, Envelope envelope, JsonObject body) {

    public RoutedMessage {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(body, "body");
    }
}
