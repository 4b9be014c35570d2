package workshop.localcloud.functions;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The {@link LambdaLogger} a handler gets from its context: writes to the function's log. */
final class FunctionLogger implements LambdaLogger {

    private final FunctionLog log;

    FunctionLogger(FunctionLog log) {
        this.log = log;
    }

    @Override
    public void log(String message) {
        log.append(message);
    }

    @Override
    public void log(byte[] message) {
        log.append(new String(message, StandardCharsets.UTF_8));
    }
}
