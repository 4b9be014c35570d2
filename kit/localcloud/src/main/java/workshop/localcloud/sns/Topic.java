package workshop.localcloud.sns;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A topic: its identity, the attributes it was created with, and how many messages it accepted. */
final class Topic {

    private final String arn;
    private final String name;
    private final Map<String, String> attributes;
    private final AtomicLong publishedMessages = new AtomicLong();

    Topic(String arn, String name, Map<String, String> attributes) {
        this.arn = arn;
        this.name = name;
        this.attributes = Map.copyOf(attributes);
    }

    String arn() {
        return arn;
    }

    String name() {
        return name;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    long publishedMessages() {
        return publishedMessages.get();
    }

    void countPublished() {
        publishedMessages.incrementAndGet();
    }
}
