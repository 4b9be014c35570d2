package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

/**
 * SNS subscriber: logs the words of every published message. It runs at the same time as the
 * multiplier, independently: a subscriber that fails or is slow does not hold the others back.
 * Logging twice a redelivered message is harmless, so it needs no marker.
 */
public class LoggerHandler implements RequestHandler<SNSEvent, Void> {

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            WordsMessage message = WordsMessage.fromJson(record.getSNS().getMessage());
            context.getLogger().log("words of message " + message.messageId() + ": " + message.words());
        }
        return null;
    }
}
