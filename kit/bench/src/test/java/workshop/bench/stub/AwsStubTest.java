package workshop.bench.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The stub through the SDK's real clients, as the functions call it: the protocols it answers, and the
 * AWS-style 400 for an operation it does not know (so a missing answer fails the function loudly).
 */
class AwsStubTest {

    private AwsStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = AwsStub.start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void kinesisPutRecordsIsAnsweredInCborWithOneResultPerRecord() {
        try (KinesisClient kinesis = configure(KinesisClient.builder()).build()) {
            PutRecordsResponse response = kinesis.putRecords(request -> request.streamName("movies").records(
                    entry("tt0000001"), entry("tt0000002"), entry("tt0000003")));

            assertThat(response.failedRecordCount()).isZero();
            assertThat(response.records()).hasSize(3).allSatisfy(result -> {
                assertThat(result.errorCode()).isNull();
                assertThat(result.shardId()).isEqualTo("shardId-000000000000");
            });
        }
        assertThat(stub.calls()).containsExactly("Kinesis.PutRecords");
    }

    @Test
    void snsPublishGetsAMessageId() {
        try (SnsClient sns = configure(SnsClient.builder()).build()) {
            String id = sns.publish(request -> request.topicArn("arn:aws:sns:eu-west-1:000000000000:words")
                    .message("hello")).messageId();

            assertThat(id).isNotBlank();
        }
        assertThat(stub.calls()).containsExactly("SNS.Publish");
    }

    @Test
    void anOperationTheStubDoesNotKnowFailsWithAnAwsError() {
        try (DynamoDbClient dynamoDb = configure(DynamoDbClient.builder()).build();
             KinesisClient kinesis = configure(KinesisClient.builder()).build();
             SnsClient sns = configure(SnsClient.builder()).build()) {
            assertThatThrownBy(() -> dynamoDb.describeTable(request -> request.tableName("words")))
                    .isInstanceOfSatisfying(AwsServiceException.class, error -> {
                        assertThat(error.statusCode()).isEqualTo(400);
                        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
                    });
            assertThatThrownBy(() -> kinesis.listStreams(request -> { }))
                    .isInstanceOfSatisfying(AwsServiceException.class, error ->
                            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException"));
            assertThatThrownBy(() -> sns.createTopic(request -> request.name("words")))
                    .isInstanceOfSatisfying(AwsServiceException.class, error ->
                            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidAction"));
        }
        assertThat(stub.calls()).containsExactly("DynamoDB.DescribeTable (unknown: answered 400)",
                "Kinesis.ListStreams (unknown: answered 400)", "SNS.CreateTopic (unknown: answered 400)");
    }

    @Test
    void theScrapersPageListsMoviesInTheAgreedTable() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(stub.endpoint().resolve(AwsStub.MOVIES_PAGE)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<table class=\"movieTable\">", "<td class=\"id\">tt0111161</td>",
                "<td class=\"genres\">Crime,Drama</td>");
    }

    private <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
            & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.httpClient(UrlConnectionHttpClient.create());
        return builder.region(Region.EU_WEST_1)
                .endpointOverride(URI.create(stub.endpoint().toString()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("stub", "stub")));
    }

    private static PutRecordsRequestEntry entry(String id) {
        return PutRecordsRequestEntry.builder().partitionKey(id).data(SdkBytes.fromUtf8String("{\"id\":\"" + id + "\"}"))
                .build();
    }
}
