package workshop.localcloud.config;

/** A function trigger from a function's {@code events:} list. */
public sealed interface EventDefinition {

    Location location();

    /**
     * {@code - http: GET /movies/{id}} or {@code - http: {method: get, path: movies/{id}}}: an API
     * Gateway REST API route, payload format 1.0 ({@code APIGatewayProxyRequestEvent}).
     *
     * @param method upper case; {@code ANY} matches every method
     * @param path   with a leading slash, e.g. {@code /movies/{id}}; may end in {@code {proxy+}}
     */
    record Http(String method, String path, Location location) implements EventDefinition {
    }

    /**
     * {@code - httpApi: 'GET /slack'}, {@code - httpApi: '*'} or {@code - httpApi: {method, path}}:
     * an API Gateway HTTP API route.
     *
     * @param method        upper case; {@code *} or {@code ANY} matches every method (the loader writes {@code ANY})
     * @param path          with a leading slash; {@code *} for the catch-all route
     * @param payloadFormat "2.0" (the default, {@code APIGatewayV2HTTPEvent}) or "1.0", from {@code provider.httpApi.payload}
     */
    record HttpApi(String method, String path, String payloadFormat, Location location) implements EventDefinition {
    }

    /**
     * {@code - stream: {...}}: an event source mapping from a Kinesis stream or a DynamoDB stream.
     *
     * @param type                        "kinesis" or "dynamodb" (from {@code type:}, or inferred from the ARN)
     * @param arn                         the resolved stream ARN; for DynamoDB it may end in {@code /stream/<label>} of any label
     * @param batchSize                   1..10000 (1..1000 for DynamoDB), default 10: the framework writes
     *                                    {@code BatchSize: 10} when the event sets none
     * @param startingPosition            "LATEST", "TRIM_HORIZON" (default "TRIM_HORIZON" as in the framework)
     * @param maximumRetryAttempts        -1 (retry until the record expires, the default) or 0..10000
     * @param bisectBatchOnFunctionError  default false
     * @param reportBatchItemFailures     true when {@code functionResponseType: ReportBatchItemFailures}
     * @param onFailureArn                {@code destinations.onFailure} resolved to an SNS topic or SQS queue ARN, or null
     * @param enabled                     default true
     */
    record Stream(
            String type,
            String arn,
            int batchSize,
            String startingPosition,
            int maximumRetryAttempts,
            boolean bisectBatchOnFunctionError,
            boolean reportBatchItemFailures,
            String onFailureArn,
            boolean enabled,
            Location location) implements EventDefinition {
    }

    /**
     * {@code - sns: topicName}, {@code - sns: arn:aws:sns:...} or {@code - sns: {arn: ..., topicName: ...}}.
     *
     * @param topicArn  the resolved topic ARN (built from the name when only a name is given)
     * @param topicName the topic name (the last part of the ARN)
     */
    record Sns(String topicArn, String topicName, Location location) implements EventDefinition {
    }

    /**
     * {@code - schedule: rate(1 minute)} or {@code - schedule: {rate: [...], enabled, input}}; one
     * definition per expression.
     *
     * @param expression {@code rate(...)} or {@code cron(...)}, as written
     * @param enabled    default true
     * @param input      the {@code input} as a JSON string, or null for the standard scheduled event
     */
    record Schedule(String expression, boolean enabled, String input, Location location) implements EventDefinition {
    }
}
