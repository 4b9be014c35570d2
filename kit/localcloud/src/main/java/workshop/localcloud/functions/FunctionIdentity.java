package workshop.localcloud.functions;

/**
 * The names a function is known by on AWS.
 *
 * @param name         its key in serverless.yml
 * @param deployedName the Lambda function name, e.g. {@code movies-dev-processor}
 * @param region       the region it runs in
 * @param accountId    the account it belongs to
 * @param memorySize   the configured memory in MB
 */
public record FunctionIdentity(String name, String deployedName, String region, String accountId, int memorySize) {

    public String arn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + deployedName;
    }
}
