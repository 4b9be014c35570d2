package workshop.bench.probe;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@link Context} of the probe's one invocation, filled from the variables Lambda sets in every
 * function's environment ({@code AWS_LAMBDA_FUNCTION_NAME}, ...), which the benchmark sets the same way.
 * The logger writes to standard output, as a function's logs do.
 */
final class ProbeContext implements Context {

    private static final String ACCOUNT = "000000000000";

    private final String requestId = UUID.randomUUID().toString();
    private final long deadlineMillis;

    private ProbeContext(long deadlineMillis) {
        this.deadlineMillis = deadlineMillis;
    }

    static ProbeContext fromEnvironment(int timeoutSeconds) {
        return new ProbeContext(System.currentTimeMillis() + timeoutSeconds * 1000L);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return variable("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + getFunctionName());
    }

    @Override
    public String getLogStreamName() {
        return variable("AWS_LAMBDA_LOG_STREAM_NAME", "probe");
    }

    @Override
    public String getFunctionName() {
        return variable("AWS_LAMBDA_FUNCTION_NAME", "probe");
    }

    @Override
    public String getFunctionVersion() {
        return variable("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + variable("AWS_REGION", "us-east-1") + ":" + ACCOUNT + ":function:"
                + getFunctionName();
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
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return Integer.parseInt(variable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"));
    }

    @Override
    public LambdaLogger getLogger() {
        return StandardOutputLogger.INSTANCE;
    }

    private static String variable(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Lambda's logger sends each message to the function's log stream; here, standard output. */
    private enum StandardOutputLogger implements LambdaLogger {
        INSTANCE;

        @Override
        public void log(String message) {
            System.out.println(message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    }
}
