package workshop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsClientsTest {

    @AfterEach
    void backToTheDefaultSource() {
        AwsClients.reset();
    }

    @Test
    void installedSourceIsUsedAndEachClientIsBuiltOnce() {
        CountingSource local = new CountingSource();
        AwsClients.install(local);

        DynamoDbClient first = AwsClients.dynamoDb();
        DynamoDbClient second = AwsClients.dynamoDb();

        assertThat(first).isSameAs(second).isSameAs(local.dynamoDb);
        assertThat(local.builds.get()).isEqualTo(1);
    }

    @Test
    void onlyTheClientsAskedForAreBuilt() {
        CountingSource local = new CountingSource();
        AwsClients.install(local);

        AwsClients.kinesis();

        assertThat(local.builds.get()).isEqualTo(1);
    }

    @Test
    void installingANewSourceForgetsClientsOfTheOldOne() {
        CountingSource before = new CountingSource();
        AwsClients.install(before);
        SnsClient old = AwsClients.sns();

        CountingSource after = new CountingSource();
        AwsClients.install(after);

        assertThat(AwsClients.sns()).isNotSameAs(old).isSameAs(after.sns);
    }

    @Test
    void serviceSpecificEndpointVariableWinsOverTheGeneralOne() {
        Map<String, String> environment = Map.of(
                "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_KINESIS", "http://127.0.0.1:4567");
        SdkClientSource source = new SdkClientSource(name -> Optional.ofNullable(environment.get(name)));

        assertThat(source.endpointOverride(AwsService.KINESIS)).contains(URI.create("http://127.0.0.1:4567"));
        assertThat(source.endpointOverride(AwsService.DYNAMODB)).contains(URI.create("http://127.0.0.1:4566"));
    }

    @Test
    void noEndpointVariableMeansTheRealAwsEndpoint() {
        SdkClientSource source = new SdkClientSource(name -> Optional.empty());

        assertThat(source.endpointOverride(AwsService.SQS)).isEmpty();
    }

    @Test
    void regionComesFromLambdasVariableThenTheDefaultOne() {
        SdkClientSource lambda = new SdkClientSource(name -> Optional.ofNullable(
                Map.of("AWS_REGION", "eu-west-1", "AWS_DEFAULT_REGION", "eu-central-1").get(name)));
        SdkClientSource laptop = new SdkClientSource(name -> Optional.ofNullable(
                Map.of("AWS_DEFAULT_REGION", "eu-central-1").get(name)));
        SdkClientSource nothing = new SdkClientSource(name -> Optional.empty());

        assertThat(lambda.region()).isEqualTo(Region.EU_WEST_1);
        assertThat(laptop.region()).isEqualTo(Region.EU_CENTRAL_1);
        assertThat(nothing.region()).isEqualTo(Region.US_EAST_1);
    }

    @Test
    void realClientsAreBuiltWithTheEndpointAndRegionFromTheEnvironment() {
        Map<String, String> environment = Map.of(
                "AWS_REGION", "eu-west-3",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");
        AwsClientSource source = AwsClients.sdkSource(name -> Optional.ofNullable(environment.get(name)));

        try (DynamoDbClient client = source.dynamoDb()) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:8000"));
        }
    }

    /** Hands out mocks and counts how many clients were asked for. */
    private static final class CountingSource implements AwsClientSource {
        final AtomicInteger builds = new AtomicInteger();
        final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
        final SnsClient sns = mock(SnsClient.class);

        @Override
        public DynamoDbClient dynamoDb() {
            builds.incrementAndGet();
            return dynamoDb;
        }

        @Override
        public DynamoDbStreamsClient dynamoDbStreams() {
            builds.incrementAndGet();
            return mock(DynamoDbStreamsClient.class);
        }

        @Override
        public KinesisClient kinesis() {
            builds.incrementAndGet();
            return mock(KinesisClient.class);
        }

        @Override
        public SnsClient sns() {
            builds.incrementAndGet();
            return sns;
        }

        @Override
        public SqsClient sqs() {
            builds.incrementAndGet();
            return mock(SqsClient.class);
        }
    }
}
