package workshop.support;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds real SDK v2 clients the way a Lambda function should: the URL-connection HTTP client (no
 * Netty or Apache start-up cost), the region from {@code AWS_REGION}, credentials from the
 * environment variables Lambda sets (falling back to the default chain on a laptop), and the
 * SDK's standard {@code AWS_ENDPOINT_URL_<SERVICE>} / {@code AWS_ENDPOINT_URL} overrides.
 */
final class SdkClientSource implements AwsClientSource {

    static final String DEFAULT_REGION = "us-east-1";

    private final Function<String, Optional<String>> environment;
    private SdkHttpClient httpClient;

    SdkClientSource(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    @Override
    public DynamoDbClient dynamoDb() {
        return configure(DynamoDbClient.builder(), AwsService.DYNAMODB).build();
    }

    @Override
    public DynamoDbStreamsClient dynamoDbStreams() {
        return configure(DynamoDbStreamsClient.builder(), AwsService.DYNAMODB_STREAMS).build();
    }

    @Override
    public KinesisClient kinesis() {
        return configure(KinesisClient.builder(), AwsService.KINESIS).build();
    }

    @Override
    public SnsClient sns() {
        return configure(SnsClient.builder(), AwsService.SNS).build();
    }

    @Override
    public SqsClient sqs() {
        return configure(SqsClient.builder(), AwsService.SQS).build();
    }

    /** The region the clients use: {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}, then us-east-1. */
    Region region() {
        return Region.of(environment.apply("AWS_REGION")
                .or(() -> environment.apply("AWS_DEFAULT_REGION"))
                .orElse(DEFAULT_REGION));
    }

    /** The endpoint override for one service, if the environment asks for one. */
    Optional<URI> endpointOverride(AwsService service) {
        return environment.apply(service.endpointVariable())
                .or(() -> environment.apply("AWS_ENDPOINT_URL"))
                .map(URI::create);
    }

    private <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>>
            B configure(B builder, AwsService service) {
        builder.httpClient(httpClient())
                .region(region())
                .credentialsProvider(credentials());
        endpointOverride(service).ifPresent(builder::endpointOverride);
        return builder;
    }

    private AwsCredentialsProvider credentials() {
        // Lambda puts the function role's credentials in these variables; reading them directly
        // skips the profile-file and instance-metadata look-ups of the default chain.
        if (environment.apply("AWS_ACCESS_KEY_ID").isPresent()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private synchronized SdkHttpClient httpClient() {
        if (httpClient == null) {
            httpClient = UrlConnectionHttpClient.builder().build();
        }
        return httpClient;
    }
}
