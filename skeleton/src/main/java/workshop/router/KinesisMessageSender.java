package workshop.router;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Puts a run's first message on the router's stream, in the format the router reads ({@link MessageCodec}),
 * through the same {@link StreamSink} as the router's emits: a throttled put is tried again with backoff,
 * for a few seconds only, because a caller is waiting (an API request). A message still refused then is
 * thrown ({@link MessagesNotSentException}): the caller says so rather than answering as if it were sent.
 */
public class KinesisMessageSender implements MessageSender {

    /** Short: API Gateway gives a request 29 s in all. */
    static final Duration RETRY_DEADLINE = Duration.ofSeconds(5);

    private final StreamSink sink;

    public KinesisMessageSender(KinesisClient kinesis, String streamName) {
        this(new KinesisStreamSink(kinesis, streamName, RETRY_DEADLINE, Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis())));
    }

    public KinesisMessageSender(StreamSink sink) {
        this.sink = sink;
    }

    @Override
    public void send(String messageType, Envelope envelope, Object body) {
        sink.put(List.of(OutgoingMessage.of(messageType, envelope, body)));
    }
}
