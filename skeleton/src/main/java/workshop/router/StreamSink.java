package workshop.router;

import java.util.List;

/** Where the router puts the messages its handlers emitted: the stream ({@link KinesisStreamSink}), or a list in tests. */
@FunctionalInterface
public interface StreamSink {

    /**
     * Puts every message on the stream, or throws. Some may be on the stream when it throws: the router
     * then runs their handlers again, which emit the same ids, and the copies are recognised as such.
     */
    void put(List<OutgoingMessage> messages);
}
