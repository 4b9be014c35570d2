package workshop.localcloud.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CloudFormation intrinsic functions and physical names, as CloudFormation documents them. */
class IntrinsicsTest {

    @TempDir
    Path directory;

    @Test
    void refAndGetAttFollowEachTypesDocumentation() {
        Map<String, String> environment = environment("""
                TABLE: !Ref Table
                TABLE_ARN: !GetAtt Table.Arn
                STREAM: !Ref Stream
                STREAM_ARN: !GetAtt [Stream, Arn]
                TOPIC: !Ref Topic
                TOPIC_NAME: !GetAtt Topic.TopicName
                QUEUE: !Ref Queue
                QUEUE_NAME: !GetAtt Queue.QueueName
                FUNCTION_ARN: !GetAtt WorkerLambdaFunction.Arn
                FUNCTION_NAME: !Ref WorkerLambdaFunction
                """, "us-east-1");

        assertThat(environment)
                .containsEntry("TABLE", "notes")
                .containsEntry("TABLE_ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/notes")
                .containsEntry("STREAM", "events")
                .containsEntry("STREAM_ARN", "arn:aws:kinesis:us-east-1:000000000000:stream/events")
                .containsEntry("TOPIC", "arn:aws:sns:us-east-1:000000000000:alerts")
                .containsEntry("TOPIC_NAME", "alerts")
                .containsEntry("QUEUE", "https://sqs.us-east-1.amazonaws.com/000000000000/jobs.fifo")
                .containsEntry("QUEUE_NAME", "jobs.fifo")
                .containsEntry("FUNCTION_ARN", "arn:aws:lambda:us-east-1:000000000000:function:app-dev-worker")
                .containsEntry("FUNCTION_NAME", "app-dev-worker");
    }

    @Test
    void pseudoParametersDescribeTheStack() {
        Map<String, String> environment = environment("""
                ALL: !Sub '${AWS::Partition} ${AWS::Region} ${AWS::AccountId} ${AWS::StackName} ${AWS::URLSuffix}'
                """, "cn-north-1");

        assertThat(environment).containsEntry("ALL", "aws-cn cn-north-1 000000000000 app-dev amazonaws.com.cn");
    }

    @Test
    void subWritesLiteralPlaceholdersAndTakesAVariableMap() {
        Map<String, String> environment = environment("""
                LITERAL: !Sub '${!NotAVariable}-${Table}'
                MAPPED:
                  Fn::Sub:
                    - '${Name}/${Table.Arn}'
                    - Name: !Join ['-', [a, 1, true]]
                """, "us-east-1");

        assertThat(environment)
                .containsEntry("LITERAL", "${NotAVariable}-notes")
                .containsEntry("MAPPED", "a-1-true/arn:aws:dynamodb:us-east-1:000000000000:table/notes");
    }

    @Test
    void aGeneratedFifoQueueNameEndsInFifo() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  stackName: custom-stack
                resources:
                  Resources:
                    Orders:
                      Type: AWS::SQS::Queue
                      Properties:
                        FifoQueue: true
                """);

        String name = new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of()))
                .load(file, Map.of()).resources().get("Orders").physicalName();

        assertThat(name).matches("custom-stack-Orders-[A-Z0-9]{12}\\.fifo");
    }

    private Map<String, String> environment(String variables, String region) {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  region: %s
                functions:
                  worker:
                    handler: workshop.Worker
                    environment:
                %s
                resources:
                  Resources:
                    Table:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        TableName: notes
                    Stream:
                      Type: AWS::Kinesis::Stream
                      Properties:
                        Name: events
                    Topic:
                      Type: AWS::SNS::Topic
                      Properties:
                        TopicName: alerts
                    Queue:
                      Type: AWS::SQS::Queue
                      Properties:
                        QueueName: jobs.fifo
                        FifoQueue: true
                """.formatted(region, variables.indent(6).stripTrailing()));
        return new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of())).load(file, Map.of())
                .functions().get("worker").environment();
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(directory.resolve("serverless.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
