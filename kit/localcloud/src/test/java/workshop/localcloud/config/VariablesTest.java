package workshop.localcloud.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serverless Framework variables, read through the environment of a one-function file. */
class VariablesTest {

    @TempDir
    Path directory;

    @Test
    void aVariableMayBeEmbeddedInText() {
        assertThat(environment("movie-${env:suffix}-${sls:stage}", Map.of("suffix", "c1")))
                .containsEntry("VALUE", "movie-c1-dev");
    }

    @Test
    void fallbacksAreTriedInOrder() {
        assertThat(environment("${env:FIRST, env:SECOND, 'third'}", Map.of("SECOND", "second")))
                .containsEntry("VALUE", "second");
        assertThat(environment("${env:FIRST, env:SECOND, 'third'}", Map.of())).containsEntry("VALUE", "third");
        assertThat(environment("${env:FIRST, \"double quoted\"}", Map.of())).containsEntry("VALUE", "double quoted");
        assertThat(environment("${env:FIRST, 42}", Map.of())).containsEntry("VALUE", "42");
    }

    @Test
    void aFallbackMayBeAWholeVariable() {
        assertThat(environment("${env:FIRST, ${self:custom.fallback}}", Map.of())).containsEntry("VALUE", "from-custom");
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() {
        assertThat(environment("${env:EMPTY, 'default'}", Map.of("EMPTY", ""))).containsEntry("VALUE", "default");
    }

    @Test
    void anAddressMayContainAVariable() {
        assertThat(environment("${self:custom.tables.${sls:stage}}", Map.of())).containsEntry("VALUE", "movies-dev");
    }

    @Test
    void aSelfReferenceMayPointIntoAList() {
        assertThat(environment("${self:custom.regions.1}", Map.of())).containsEntry("VALUE", "eu-central-1");
    }

    @Test
    void cloudFormationPlaceholdersAreNotVariables() {
        assertThat(environment("!Sub '${AWS::Region}-${self:custom.fallback}'", Map.of()))
                .containsEntry("VALUE", "us-east-1-from-custom");
    }

    @Test
    void cliOptionsAndTheAwsSourceComeFromTheLoadOptions() {
        LoadOptions options = LoadOptions.defaults().withEnvironment(Map.of()).withRegion("eu-west-3")
                .withCliOptions(Map.of("color", "blue"));

        assertThat(load("${opt:color}-${opt:region}-${aws:region}-${aws:accountId}", options).environment())
                .containsEntry("VALUE", "blue-eu-west-3-eu-west-3-000000000000");
    }

    @Test
    void aWholeValueVariableMayStandForAMap() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  environment: ${self:custom.shared}
                custom:
                  shared:
                    A: one
                    B: 2
                functions:
                  worker:
                    handler: workshop.Worker
                """);

        assertThat(loader(Map.of()).load(file, Map.of()).functions().get("worker").environment())
                .containsExactly(Map.entry("A", "one"), Map.entry("B", "2"));
    }

    @Test
    void aReferencedFunctionStaysAFunction() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                custom:
                  table: !ImportValue movies-table
                  stream:
                    Fn::ImportValue: movies-stream
                functions:
                  worker:
                    handler: workshop.Worker
                    environment:
                      TABLE: ${self:custom.table}
                      STREAM: ${self:custom.stream}
                """);

        assertThat(loader(Map.of()).load(file, Map.of("movies-table", "movies", "movies-stream", "stream-arn"))
                .functions().get("worker").environment())
                .containsEntry("TABLE", "movies").containsEntry("STREAM", "stream-arn");
    }

    @Test
    void aReferencedFunctionCannotBePartOfText() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  environment:
                    TABLE: prefix-${self:custom.table}
                custom:
                  table: !ImportValue movies-table
                """);

        assertThatThrownBy(() -> loader(Map.of()).load(file, Map.of()))
                .hasMessageStartingWith(file + ":5: ${self:custom.table} is a CloudFormation function");
    }

    @Test
    void plainWordsStayTextAsInTheFrameworksYamlParser() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  environment:
                    ANSWER: yes
                    SWITCH: on
                    DATE: 2024-01-31
                    RATIO: 1.50
                functions:
                  worker:
                    handler: workshop.Worker
                """);

        assertThat(loader(Map.of()).load(file, Map.of()).functions().get("worker").environment())
                .containsEntry("ANSWER", "yes").containsEntry("SWITCH", "on").containsEntry("DATE", "2024-01-31")
                .containsEntry("RATIO", "1.5");
    }

    @Test
    void yamlMergeKeysWork() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                custom:
                  defaults: &defaults
                    handler: workshop.Worker
                    timeout: 20
                functions:
                  worker:
                    <<: *defaults
                    timeout: 30
                """);

        FunctionDefinition worker = loader(Map.of()).load(file, Map.of()).functions().get("worker");

        assertThat(worker.handler()).isEqualTo("workshop.Worker");
        assertThat(worker.timeoutSeconds()).isEqualTo(30);
    }

    @Test
    void aStageFromTheFileIsTheDefaultOfSlsStage() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  stage: qa
                  region: ${env:REGION, 'ap-south-1'}
                functions:
                  worker:
                    handler: workshop.Worker
                """);

        AppDefinition app = loader(Map.of()).load(file, Map.of());

        assertThat(app.stage()).isEqualTo("qa");
        assertThat(app.region()).isEqualTo("ap-south-1");
        assertThat(app.functions().get("worker").deployedName()).isEqualTo("app-qa-worker");
    }

    @Test
    void provideStageCannotBeDefinedByItself() {
        Path file = write("""
                service: app
                provider:
                  name: aws
                  stage: ${sls:stage}
                """);

        assertThatThrownBy(() -> loader(Map.of()).load(file, Map.of()))
                .hasMessage(file + ":4: provider.stage cannot use ${sls:stage}, which is the stage provider.stage"
                        + " defines (write ${opt:stage, 'dev'})");
    }

    private Map<String, String> environment(String value, Map<String, String> variables) {
        return load(value, LoadOptions.defaults().withEnvironment(variables)).environment();
    }

    private FunctionDefinition load(String value, LoadOptions options) {
        Path file = write("""
                service: app
                provider:
                  name: aws
                custom:
                  fallback: from-custom
                  tables:
                    dev: movies-dev
                    prod: movies
                  regions: [us-east-1, eu-central-1]
                functions:
                  worker:
                    handler: workshop.Worker
                    environment:
                      VALUE: %s
                """.formatted(value));
        return new ServerlessYamlLoader(options).load(file, Map.of()).functions().get("worker");
    }

    private static ServerlessYamlLoader loader(Map<String, String> environment) {
        return new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(environment));
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(directory.resolve("serverless.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
