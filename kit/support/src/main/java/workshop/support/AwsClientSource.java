package workshop.support;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where {@link AwsClients} gets its clients: real ones talking to AWS, or the local cloud's.
 * Each method is called at most once per JVM; an implementation may build its clients lazily.
 */
public interface AwsClientSource {

    DynamoDbClient dynamoDb();

    DynamoDbStreamsClient dynamoDbStreams();

    KinesisClient kinesis();

    SnsClient sns();

    SqsClient sqs();
}
