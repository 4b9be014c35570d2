package workshop.localcloud;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import workshop.localcloud.dynamodb.LocalDynamoDb;
import workshop.localcloud.kinesis.LocalKinesis;
import workshop.localcloud.sns.LocalSns;
import workshop.localcloud.sqs.LocalSqs;
import workshop.support.AwsClientSource;

/**
 * The AWS services of the local cloud: DynamoDB Local (embedded) and the in-memory Kinesis, SNS and
 * SQS. It is also the {@link AwsClientSource} installed into {@code AwsClients}, so handlers get
 * these clients without knowing it.
 */
public final class LocalServices implements AwsClientSource, AutoCloseable {

    public static final String ACCOUNT_ID = "000000000000";

    private final String region;
    private final LocalDynamoDb dynamoDb;
    private final LocalKinesis kinesis;
    private final LocalSqs sqs;
    private final LocalSns sns;

    private LocalServices(String region, LocalDynamoDb dynamoDb, LocalKinesis kinesis, LocalSqs sqs, LocalSns sns) {
        this.region = region;
        this.dynamoDb = dynamoDb;
        this.kinesis = kinesis;
        this.sqs = sqs;
        this.sns = sns;
    }

    public static LocalServices start(String region, Clock clock) {
        LocalDynamoDb dynamoDb = LocalDynamoDb.start();
        LocalSqs sqs = new LocalSqs(region, ACCOUNT_ID, clock);
        return new LocalServices(region, dynamoDb, new LocalKinesis(region, ACCOUNT_ID, clock), sqs,
                new LocalSns(region, ACCOUNT_ID, clock, sqs));
    }

    public String region() {
        return region;
    }

    public LocalDynamoDb localDynamoDb() {
        return dynamoDb;
    }

    public LocalKinesis localKinesis() {
        return kinesis;
    }

    public LocalSns localSns() {
        return sns;
    }

    public LocalSqs localSqs() {
        return sqs;
    }

    @Override
    public DynamoDbClient dynamoDb() {
        return dynamoDb.client();
    }

    @Override
    public DynamoDbStreamsClient dynamoDbStreams() {
        return dynamoDb.streamsClient();
    }

    @Override
    public KinesisClient kinesis() {
        return kinesis;
    }

    @Override
    public SnsClient sns() {
        return sns;
    }

    @Override
    public SqsClient sqs() {
        return sqs;
    }

    @Override
    public void close() {
        sns.close();
        sqs.close();
        kinesis.close();
        dynamoDb.close();
    }
}
