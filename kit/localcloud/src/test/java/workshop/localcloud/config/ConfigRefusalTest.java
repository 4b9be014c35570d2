package workshop.localcloud.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every construct the local cloud does not support is refused with one line naming the file, the
 * line and the construct. Each YAML below is short so its line numbers can be counted by eye.
 */
class ConfigRefusalTest {

    @TempDir
    Path directory;

    @Test
    void anUnknownEventType() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - sqs: arn:aws:sqs:us-east-1:000000000000:jobs
                """, 8, "unknown event type 'sqs' in function 'worker'"
                + " (supported: http, httpApi, stream, sns, schedule)");
    }

    @Test
    void aMisspelledEventTypeGetsASuggestion() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - schedul: rate(1 minute)
                """, 8, "unknown event type 'schedul'", "did you mean 'schedule'?");
    }

    @Test
    void aTypoInAFunctionKey() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    memorysize: 512
                """, 7, "unknown key 'memorysize' in function 'worker' (did you mean 'memorySize'?)");
    }

    @Test
    void aTypoInATopLevelKey() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functons:
                  worker:
                    handler: workshop.Worker
                """, 4, "unknown key 'functons' in the top level (did you mean 'functions'?)");
    }

    @Test
    void anUnknownVariableSource() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  environment:
                    API_KEY: ${ssm:/movies/api-key}
                """, 5, "variable source 'ssm:'", "not supported by the local cloud");
    }

    @Test
    void anUnsupportedSourceIsRefusedEvenAsAFallback() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                custom:
                  table: ${env:TABLE, file(./config.yml):table}
                """, 5, "variable source 'file(...)'");
    }

    @Test
    void aMissingEnvironmentVariableWithoutDefault() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                custom:
                  suffix: ${env:suffix}
                """, 5, "${env:suffix} cannot be resolved: environment variable 'suffix' is not set",
                "${env:suffix, 'value'}");
    }

    @Test
    void anUnquotedDefault() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  stage: ${opt:stage, dev}
                """, 4, "the default 'dev' must be quoted: 'dev'");
    }

    @Test
    void aSelfReferenceThatNeedsItself() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                custom:
                  a: ${self:custom.b}
                  b: ${self:custom.a}
                """, 5, "circular reference");
    }

    @Test
    void anUnsupportedIntrinsicFunction() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                resources:
                  Resources:
                    Table:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        TableName:
                          Fn::If: [IsProd, movies, movies-dev]
                """, 10, "CloudFormation function Fn::If is not supported by the local cloud",
                "supported: Ref, Fn::GetAtt, Fn::ImportValue, Fn::Join, Fn::Sub");
    }

    @Test
    void anUnsupportedShortFormTag() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  environment:
                    TABLE: !FindInMap [Tables, Movies, Name]
                """, 5, "CloudFormation function Fn::FindInMap is not supported");
    }

    @Test
    void aRefToAMissingResource() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  environment:
                    TABLE: !Ref MoviesTabel
                resources:
                  Resources:
                    MoviesTable:
                      Type: AWS::DynamoDB::Table
                """, 5, "Ref MoviesTabel: no resource 'MoviesTabel' in this stack",
                "did you mean 'MoviesTable'?");
    }

    @Test
    void anAttributeTheTypeDoesNotHave() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  environment:
                    TOPIC: !GetAtt Topic.Arn
                resources:
                  Resources:
                    Topic:
                      Type: AWS::SNS::Topic
                """, 5, "Fn::GetAtt Topic.Arn: AWS::SNS::Topic has no attribute 'Arn'",
                "supported: TopicArn, TopicName");
    }

    @Test
    void aStreamArnOfATableWithoutStream() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  environment:
                    STREAM: !GetAtt Table.StreamArn
                resources:
                  Resources:
                    Table:
                      Type: AWS::DynamoDB::Table
                """, 5, "table Table has no StreamSpecification");
    }

    @Test
    void anUnknownExport() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  environment:
                    TABLE: !ImportValue movies-table-course2
                """);

        ConfigException error = loadFailing(file, Map.of("movies-table-course1", "movies-course1"));

        assertOneLine(error, file, 5, "Fn::ImportValue 'movies-table-course2': no stack loaded before this one"
                + " exports it", "did you mean 'movies-table-course1'?");
    }

    @Test
    void aYamlSyntaxError() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                     timeout: 10
                """, 7, "YAML syntax error");
    }

    @Test
    void aDuplicateKey() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                  timeout: 10
                  timeout: 20
                """, 5, "duplicate key 'timeout' (already written at line 4");
    }

    @Test
    void anUnsupportedStreamOption() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - stream:
                          arn: arn:aws:kinesis:us-east-1:000000000000:stream/notes
                          tumblingWindowInSeconds: 60
                """, 10, "'tumblingWindowInSeconds' in the stream event of function 'worker' is not supported");
    }

    @Test
    void aParallelizationFactorAboveOne() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - stream:
                          arn: arn:aws:kinesis:us-east-1:000000000000:stream/notes
                          parallelizationFactor: 2
                """, 10, "parallelizationFactor 2 is not supported");
    }

    @Test
    void aStreamArnFromAnImportNeedsItsType() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - stream:
                          arn: !ImportValue notes-stream-arn
                """);

        ConfigException error = loadFailing(file,
                Map.of("notes-stream-arn", "arn:aws:kinesis:us-east-1:000000000000:stream/notes"));

        assertOneLine(error, file, 9, "needs 'type: kinesis' or 'type: dynamodb'");
    }

    @Test
    void aFilterPolicyOnAnSnsEvent() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - sns:
                          topicName: alerts
                          filterPolicy:
                            severity: [high]
                """, 10, "'filterPolicy' in the sns event of function 'worker' is not supported");
    }

    @Test
    void aScheduleWithAWronglyPluralisedRate() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - schedule: rate(5 minute)
                """, 8, "'rate(5 minute)' is not a schedule expression");
    }

    @Test
    void aNonProxyHttpIntegration() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    events:
                      - http:
                          method: get
                          path: notes
                          integration: lambda
                """, 11, "integration 'lambda' is not supported");
    }

    @Test
    void twoFunctionsOnOneRoute() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  one:
                    handler: workshop.One
                    events:
                      - httpApi: 'GET /notes'
                  two:
                    handler: workshop.Two
                    events:
                      - httpApi: 'GET /notes'
                """, 12, "duplicate httpApi route 'GET /notes' (already taken by function 'one' at line 8)");
    }

    @Test
    void anEnvironmentVariableLambdaReserves() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    handler: workshop.Worker
                    environment:
                      AWS_REGION: eu-west-1
                """, 8, "AWS_REGION in environment of function 'worker' is reserved by Lambda");
    }

    @Test
    void aFunctionWithoutHandler() {
        assertRefused("""
                service: app
                provider:
                  name: aws
                functions:
                  worker:
                    timeout: 10
                """, 5, "function 'worker' needs a handler");
    }

    @Test
    void anotherProvider() {
        assertRefused("""
                service: app
                provider:
                  name: google
                """, 3, "provider.name must be aws");
    }

    @Test
    void aMissingFile() {
        Path file = directory.resolve("missing.yml");

        ConfigException error = loadFailing(file, Map.of());

        assertThat(error.getMessage()).startsWith(file + ": file not found");
        assertThat(error.location()).isEqualTo(new Location(file.toString(), 0));
    }

    private void assertRefused(String yaml, int line, String... fragments) {
        Path file = write(yaml);
        assertOneLine(loadFailing(file, Map.of()), file, line, fragments);
    }

    private static void assertOneLine(ConfigException error, Path file, int line, String... fragments) {
        assertThat(error.getMessage()).startsWith(file + ":" + line + ": ").contains(fragments).doesNotContain("\n");
        assertThat(error.location()).isEqualTo(new Location(file.toString(), line));
    }

    private static ConfigException loadFailing(Path file, Map<String, String> imports) {
        ServerlessYamlLoader loader = new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of()));
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> loader.load(file, imports));
        assertThat(error).as("loading should fail").isNotNull();
        return error;
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(directory.resolve("serverless.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
