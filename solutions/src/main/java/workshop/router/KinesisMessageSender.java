package workshop.router;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;

/**
 * Puts a run's first message on the router's stream ({@code PutRecord}, partition key = message id), in
 * the format the router reads ({@link MessageCodec}). A refusal is thrown to the caller (e.g. the API
 * handler answers with an error): one record, one caller waiting, the SDK's own retries are enough.
 */
public class KinesisMessageSender implements MessageSender {

    private final KinesisClient kinesis;
    private final String streamName;

    public KinesisMessageSender(KinesisClient kinesis, String streamName) {
        this.kinesis = kinesis;
        this.streamName = streamName;
    }

    @Override
    public void send(String messageType, Envelope envelope, Object body) {
        OutgoingMessage message = OutgoingMessage.of(messageType, envelope, body);
        kinesis.putRecord(PutRecordRequest.builder()
                .streamName(streamName)
                .partitionKey(message.partitionKey())
                .data(SdkBytes.fromByteArray(message.data()))
                .build());
    }
}
