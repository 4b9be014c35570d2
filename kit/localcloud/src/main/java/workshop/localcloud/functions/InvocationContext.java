package workshop.localcloud.functions;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Clock;
import java.time.Instant;

/**
 * The {@link Context} of one invocation, with the values Lambda gives: request id, log group and
 * stream, function ARN, memory size, and the time left before the timeout.
 */
final class InvocationContext implements Context {

    private final FunctionIdentity function;
    private final String requestId;
    private final String logStreamName;
    private final Instant deadline;
    private final Clock clock;
    private final LambdaLogger logger;

    InvocationContext(FunctionIdentity function, String requestId, String logStreamName,
                      Instant deadline, Clock clock, LambdaLogger logger) {
        this.function = function;
        this.requestId = requestId;
        this.logStreamName = logStreamName;
        this.deadline = deadline;
        this.clock = clock;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.deployedName();
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return function.deployedName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return function.arn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline.toEpochMilli() - clock.millis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memorySize();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
