package workshop.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

/**
 * SNS subscriber: logs the words of every published message ({@link WordsMessage}). It runs at the
 * same time as the multiplier, independently: a subscriber that fails or is slow does not hold the
 * others back. Logging twice a redelivered message is harmless, so it needs no marker.
 */
public class LoggerHandler implements RequestHandler<SNSEvent, Void> {

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        throw new UnsupportedOperationException(
                "Exercise 11: log the words of every message - see exercises/11-fan-out/README.md");
    }
}
