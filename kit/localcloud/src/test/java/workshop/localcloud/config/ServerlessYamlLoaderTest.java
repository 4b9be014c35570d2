package workshop.localcloud.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loads the two fixture stacks (resources, then functions) and checks every resolved value. */
class ServerlessYamlLoaderTest {

    private static final Path RESOURCES = Path.of("src/test/resources/config/serverless.yml");
    private static final Path FUNCTIONS = Path.of("src/test/resources/config/solutions/serverless.yml");

    private static final String ACCOUNT = "000000000000";

    private final LoadOptions options = LoadOptions.defaults().withEnvironment(Map.of("suffix", "course1"));

    @Test
    void resourcesStackResolvesNamesFromVariables() {
        AppDefinition app = new ServerlessYamlLoader(options).load(RESOURCES, Map.of());

        assertThat(app.service()).isEqualTo("workshop-resources");
        assertThat(app.file()).isEqualTo(RESOURCES.toString());
        assertThat(app.stage()).isEqualTo("dev");
        assertThat(app.region()).isEqualTo("eu-west-1");
        assertThat(app.resources()).containsOnlyKeys("DataProcessingStream", "MoviesTable", "AnnouncementsTopic",
                "FailuresQueue", "WriterPolicy");

        ResourceDefinition stream = app.resources().get("DataProcessingStream");
        assertThat(stream.type()).isEqualTo("AWS::Kinesis::Stream");
        assertThat(stream.physicalName()).isEqualTo("data-processing-stream-course1");
        assertThat(stream.properties()).containsEntry("ShardCount", 2);
        assertThat(stream.location()).isEqualTo(new Location(RESOURCES.toString(), 16));

        ResourceDefinition table = app.resources().get("MoviesTable");
        assertThat(table.physicalName()).isEqualTo("movies-course1");
        assertThat(table.properties()).containsEntry("KeySchema", List.of(Map.of("AttributeName", "id",
                "KeyType", "HASH")));
        assertThat(table.properties()).containsEntry("StreamSpecification",
                Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"));
        assertThat(table.properties().get("GlobalSecondaryIndexes")).isEqualTo(List.of(Map.of(
                "IndexName", "by-genre",
                "KeySchema", List.of(Map.of("AttributeName", "genre", "KeyType", "HASH")),
                "Projection", Map.of("ProjectionType", "ALL"))));

        assertThat(app.resources().get("AnnouncementsTopic").physicalName()).isEqualTo("announcements-course1");
    }

    @Test
    void aQueueWithoutNameGetsAGeneratedNameThatEveryLoadAgreesOn() {
        String name = new ServerlessYamlLoader(options).load(RESOURCES, Map.of())
                .resources().get("FailuresQueue").physicalName();

        assertThat(name).matches("workshop-resources-dev-FailuresQueue-[A-Z0-9]{12}");
        assertThat(new ServerlessYamlLoader(options).load(RESOURCES, Map.of())
                .resources().get("FailuresQueue").physicalName()).isEqualTo(name);
    }

    @Test
    void intrinsicFunctionsInResourcePropertiesAreResolved() {
        ResourceDefinition policy = new ServerlessYamlLoader(options).load(RESOURCES, Map.of())
                .resources().get("WriterPolicy");

        assertThat(policy.type()).isEqualTo("AWS::IAM::ManagedPolicy");
        assertThat(policy.properties().get("PolicyDocument")).isEqualTo(Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(
                        Map.of("Effect", "Allow",
                                "Action", List.of("dynamodb:PutItem", "dynamodb:BatchWriteItem"),
                                "Resource", "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/movies-course1"),
                        Map.of("Effect", "Allow",
                                "Action", "kinesis:PutRecords",
                                "Resource", "arn:aws:kinesis:eu-west-1:" + ACCOUNT
                                        + ":stream/data-processing-stream-course1"))));
    }

    @Test
    void outputsExportWhatTheFunctionStackImports() {
        AppDefinition app = new ServerlessYamlLoader(options).load(RESOURCES, Map.of());
        String queueName = app.resources().get("FailuresQueue").physicalName();

        assertThat(app.exports()).containsExactly(
                entry("data-processing-stream-arn-course1",
                        "arn:aws:kinesis:eu-west-1:" + ACCOUNT + ":stream/data-processing-stream-course1"),
                entry("movies-table-course1", "movies-course1"),
                entry("movies-table-stream-arn-course1",
                        "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/movies-course1/stream/local"),
                entry("announcements-topic-arn-course1", "arn:aws:sns:eu-west-1:" + ACCOUNT + ":announcements-course1"),
                entry("failures-queue-arn-course1", "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":" + queueName));
        assertThat(app.outputs().get("FailuresQueueUrl").value())
                .isEqualTo("https://sqs.eu-west-1.amazonaws.com/" + ACCOUNT + "/" + queueName);
        assertThat(app.outputs().get("FailuresQueueUrl").exportName()).isNull();
    }

    @Test
    void functionsGetTheProviderDefaultsAndAMergedEnvironment() {
        AppDefinition app = loadFunctionStack(options);

        assertThat(app.service()).isEqualTo("movies");
        assertThat(app.functions()).containsOnlyKeys("ingest", "slack", "processor", "counter", "notifier",
                "reporter");

        FunctionDefinition ingest = app.functions().get("ingest");
        assertThat(ingest.deployedName()).isEqualTo("movies-dev-ingest");
        assertThat(ingest.handler()).isEqualTo("workshop.movies.IngestHandler");
        assertThat(ingest.timeoutSeconds()).isEqualTo(10);
        assertThat(ingest.memorySize()).isEqualTo(512);
        assertThat(ingest.location()).isEqualTo(new Location(FUNCTIONS.toString(), 47));
        assertThat(ingest.environment()).containsExactly(
                entry("STAGE", "dev"),
                entry("TABLE_NAME", "movies-course1"),
                entry("TABLE_ARN", "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/movies-course1"),
                entry("STREAM_NAME", "data-processing-stream-course1"),
                entry("LOG_LEVEL", "INFO"),
                entry("MAX_BATCH", "500"),
                entry("DRY_RUN", "false"));

        FunctionDefinition slack = app.functions().get("slack");
        assertThat(slack.deployedName()).isEqualTo("movies-slack-dev");
        assertThat(slack.handler()).isEqualTo("workshop.movies.SlackHandler::handleRequest");
        assertThat(slack.timeoutSeconds()).isEqualTo(29);
        assertThat(slack.environment()).containsEntry("SLACK_CHANNEL", "#movies")
                .containsEntry("SIGNING_SECRET", "dev");

        FunctionDefinition processor = app.functions().get("processor");
        assertThat(processor.memorySize()).isEqualTo(1024);
        assertThat(processor.environment())
                .containsEntry("TOPIC_ARN", "arn:aws:sns:eu-west-1:" + ACCOUNT + ":announcements-course1")
                .containsEntry("TABLE_STREAM_LABEL", "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/movies-course1");

        assertThat(app.functions().get("reporter").environment())
                .containsEntry("REPORTS_QUEUE", "movies-reports-dev")
                .containsEntry("REPORTS_QUEUE_ARN", "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":movies-reports-dev")
                .containsEntry("REGION", "eu-west-1");
    }

    @Test
    void httpAndHttpApiEventsAreNormalised() {
        AppDefinition app = loadFunctionStack(options);

        assertThat(app.functions().get("ingest").events()).containsExactly(
                new EventDefinition.Http("POST", "/movies", new Location(FUNCTIONS.toString(), 55)),
                new EventDefinition.Http("GET", "/movies/{id}", new Location(FUNCTIONS.toString(), 58)));
        assertThat(app.functions().get("slack").events()).containsExactly(
                new EventDefinition.HttpApi("POST", "/slack", "2.0", new Location(FUNCTIONS.toString(), 68)),
                new EventDefinition.HttpApi("GET", "/slack/{proxy+}", "2.0", new Location(FUNCTIONS.toString(), 69)),
                new EventDefinition.HttpApi("ANY", "*", "2.0", new Location(FUNCTIONS.toString(), 72)));
    }

    @Test
    void streamEventsResolveImportsAndKeepTheirSettings() {
        AppDefinition app = loadFunctionStack(options);
        String queueName = new ServerlessYamlLoader(options).load(RESOURCES, Map.of())
                .resources().get("FailuresQueue").physicalName();

        assertThat(app.functions().get("processor").events()).containsExactly(new EventDefinition.Stream(
                "kinesis", "arn:aws:kinesis:eu-west-1:" + ACCOUNT + ":stream/data-processing-stream-course1",
                100, "LATEST", 2, true, true, "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":" + queueName, true,
                new Location(FUNCTIONS.toString(), 84)));
        assertThat(app.functions().get("counter").events()).containsExactly(
                new EventDefinition.Stream("dynamodb",
                        "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/movies-course1/stream/local",
                        10, "TRIM_HORIZON", -1, false, false, null, true, new Location(FUNCTIONS.toString(), 101)),
                new EventDefinition.Stream("kinesis", "arn:aws:kinesis:eu-west-1:000000000000:stream/other-stream",
                        10, "TRIM_HORIZON", -1, false, false, null, true, new Location(FUNCTIONS.toString(), 105)));
    }

    @Test
    void snsEventsHaveATopicArnAndName() {
        assertThat(loadFunctionStack(options).functions().get("notifier").events()).containsExactly(
                new EventDefinition.Sns("arn:aws:sns:eu-west-1:" + ACCOUNT + ":announcements-course1",
                        "announcements-course1", new Location(FUNCTIONS.toString(), 110)),
                new EventDefinition.Sns("arn:aws:sns:eu-west-1:" + ACCOUNT + ":movie-alerts", "movie-alerts",
                        new Location(FUNCTIONS.toString(), 113)));
    }

    @Test
    void eachScheduleExpressionIsItsOwnEvent() {
        assertThat(loadFunctionStack(options).functions().get("reporter").events()).containsExactly(
                new EventDefinition.Schedule("rate(1 hour)", true, null, new Location(FUNCTIONS.toString(), 122)),
                new EventDefinition.Schedule("cron(0 8 * * ? *)", false, "{\"report\":\"daily\",\"limit\":10}",
                        new Location(FUNCTIONS.toString(), 123)),
                new EventDefinition.Schedule("rate(30 minutes)", false, "{\"report\":\"daily\",\"limit\":10}",
                        new Location(FUNCTIONS.toString(), 123)));
    }

    @Test
    void theStageOptionSelectsParamsAndNames() {
        AppDefinition app = loadFunctionStack(options.withStage("prod").withRegion("us-east-1"));

        assertThat(app.stage()).isEqualTo("prod");
        assertThat(app.region()).isEqualTo("us-east-1");
        FunctionDefinition ingest = app.functions().get("ingest");
        assertThat(ingest.deployedName()).isEqualTo("movies-prod-ingest");
        assertThat(ingest.environment()).containsEntry("STAGE", "prod").containsEntry("LOG_LEVEL", "WARN");
        assertThat(app.functions().get("slack").environment()).containsEntry("SLACK_CHANNEL", "#movies");
    }

    @Test
    void environmentVariablesWinOverDefaultsAndParamsCanBeGivenOnTheCommandLine() {
        LoadOptions custom = LoadOptions.defaults()
                .withEnvironment(Map.of("suffix", "course1", "SLACK_SIGNING_SECRET", "s3cr3t"))
                .withParams(Map.of("logLevel", "DEBUG"));

        AppDefinition app = loadFunctionStack(custom);

        assertThat(app.functions().get("slack").environment()).containsEntry("SIGNING_SECRET", "s3cr3t");
        assertThat(app.functions().get("ingest").environment()).containsEntry("LOG_LEVEL", "DEBUG");
    }

    @Test
    void withoutTheSuffixVariableTheDefaultsApply() {
        AppDefinition app = new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of()))
                .load(RESOURCES, Map.of());

        assertThat(app.resources().get("DataProcessingStream").physicalName()).isEqualTo("data-processing-stream-local");
        assertThat(app.exports()).containsKey("movies-table-local");
    }

    @Test
    void loadAllFeedsEachStackTheExportsOfTheOnesBefore() {
        List<AppDefinition> apps = new ServerlessYamlLoader(options).loadAll(List.of(RESOURCES, FUNCTIONS));

        assertThat(apps).extracting(AppDefinition::service).containsExactly("workshop-resources", "movies");
        assertThat(apps.get(1).functions().get("ingest").environment()).containsEntry("TABLE_NAME", "movies-course1");
    }

    private AppDefinition loadFunctionStack(LoadOptions loadOptions) {
        ServerlessYamlLoader loader = new ServerlessYamlLoader(loadOptions);
        Map<String, String> exports = loader.load(RESOURCES, Map.of()).exports();
        return loader.load(FUNCTIONS, exports);
    }
}
