package workshop.support;

/**
 * The AWS services the workshop's functions call, with the suffix of the SDK's standard
 * service-specific endpoint variable ({@code AWS_ENDPOINT_URL_<SERVICE>}).
 */
public enum AwsService {
    DYNAMODB("DYNAMODB"),
    DYNAMODB_STREAMS("DYNAMODB_STREAMS"),
    KINESIS("KINESIS"),
    SNS("SNS"),
    SQS("SQS");

    private final String endpointVariableSuffix;

    AwsService(String endpointVariableSuffix) {
        this.endpointVariableSuffix = endpointVariableSuffix;
    }

    /** The variable that points this one service at another endpoint, e.g. an emulator. */
    public String endpointVariable() {
        return "AWS_ENDPOINT_URL_" + endpointVariableSuffix;
    }
}
