package workshop.localcloud;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workshop.localcloud.streams.Wakeup;

/**
 * One {@link Wakeup} per stream, keyed by what writers know: a Kinesis stream's name, or the table
 * whose DynamoDB stream it is. Writers signal by name; pollers wait on their stream's wakeup.
 */
final class StreamWakeups {

    private final Map<String, Wakeup> wakeups = new ConcurrentHashMap<>();

    Wakeup forKinesisStream(String streamName) {
        return wakeups.computeIfAbsent("kinesis:" + streamName, key -> new Wakeup());
    }

    Wakeup forTable(String tableName) {
        return wakeups.computeIfAbsent("dynamodb:" + tableName, key -> new Wakeup());
    }

    void kinesisStreamWritten(String streamName) {
        forKinesisStream(streamName).signal();
    }

    void tableWritten(String tableName) {
        forTable(tableName).signal();
    }
}
