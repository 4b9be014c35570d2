package workshop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.EventDefinition;
import workshop.localcloud.config.FunctionDefinition;
import workshop.localcloud.config.LoadOptions;
import workshop.localcloud.config.ResourceDefinition;
import workshop.localcloud.config.ServerlessYamlLoader;

/**
 * Exercise 08: the movies functions of this project's {@code serverless.yml}, read as the local cloud
 * reads it (every variable, {@code !ImportValue} and {@code Fn::Join} resolved against the resources
 * stack, the root {@code serverless.yml}), with suffix {@code test}.
 *
 * <p>Each function is found by its handler class, whatever its key. What is checked is what the code of
 * exercises 01 to 07 needs to run on AWS: its route or its stream, the environment variables it reads,
 * the jar with its classes, and a role of its own that allows exactly the calls it makes.
 */
class MoviesStackTest {

    private static final String SUFFIX = "test";
    private static final String URL = "https://example.org/movies";
    private static final String MOVIES_JAR = "target/movies.jar";

    private static final String SCRAPER = "workshop.movies.ScrapeMoviesHandler";
    private static final String PROCESSOR = "workshop.movies.ProcessMoviesHandler";
    private static final String API = "workshop.movies.MovieApiHandler";

    private static Map<String, String> exports;
    private static AppDefinition stack;
    private static Node writtenFunctions;

    @BeforeAll
    static void loadTheStacks() throws IOException {
        List<AppDefinition> stacks = new ServerlessYamlLoader(LoadOptions.defaults()
                .withEnvironment(Map.of("suffix", SUFFIX, "url", URL)))
                .loadAll(List.of(ProjectFiles.resourcesStack(), ProjectFiles.functionStack()));
        exports = stacks.get(0).exports();
        stack = stacks.get(1);
        writtenFunctions = writtenFunctions(ProjectFiles.functionStack());
    }

    @Test
    void theScraperAnswersGetScrapMoviesAndKnowsTheListingTheStreamAndTheErrorTable() {
        FunctionDefinition scraper = function(SCRAPER);

        assertThat(scraper.events()).as("the events of %s", scraper.name())
                .singleElement().satisfies(event -> assertRoute(event, "GET", "/scrap_movies"));
        assertThat(scraper.environment()).as("the environment of %s", scraper.name())
                .containsEntry("SCRAP_URL", URL)
                .containsEntry("STREAM_NAME", exported("data-processing-stream-name"))
                .containsEntry("ERROR_TABLE", exported("movie-errors-table-name"));
        assertThat(scraper.timeoutSeconds())
                .as("the timeout of %s: an HTTP API gives up after 30 seconds, whatever the function's timeout", scraper.name())
                .isBetween(1, 30);
    }

    @Test
    void theProcessorReadsTheStreamReportsPartialFailuresBisectsRetriesBoundedlyAndKeepsWhatItGaveUpOn() {
        FunctionDefinition processor = function(PROCESSOR);

        assertThat(processor.events()).as("the events of %s", processor.name()).singleElement()
                .isInstanceOfSatisfying(EventDefinition.Stream.class, stream -> {
                    assertThat(stream.type()).as("the stream's type").isEqualTo("kinesis");
                    assertThat(stream.arn()).as("the stream: data-processing-stream-arn-" + SUFFIX)
                            .isEqualTo(exported("data-processing-stream-arn"));
                    assertThat(stream.reportBatchItemFailures())
                            .as("functionResponseType: ReportBatchItemFailures (else Lambda ignores the handler's answer)")
                            .isTrue();
                    assertThat(stream.bisectBatchOnFunctionError()).as("bisectBatchOnFunctionError").isTrue();
                    assertThat(stream.maximumRetryAttempts())
                            .as("maximumRetryAttempts: without a bound (-1) Lambda retries until the records expire")
                            .isNotNegative();
                    assertThat(stream.onFailureArn()).as("destinations.onFailure: the failures queue")
                            .isEqualTo(exported("movie-processor-failures-queue-arn"));
                });
        assertThat(processor.environment()).as("the environment of %s", processor.name())
                .containsEntry("MOVIE_TABLE", exported("movie-table-name"))
                .containsEntry("ERROR_TABLE", exported("movie-errors-table-name"));
    }

    @Test
    void theApiAnswersItsThreeRoutesFromTheTwoTables() {
        FunctionDefinition api = function(API);

        assertThat(api.events()).as("the events of %s", api.name()).hasSize(3)
                .anySatisfy(event -> assertRoute(event, "GET", "/movies/{id}"))
                .anySatisfy(event -> assertRoute(event, "GET", "/movies"))
                .anySatisfy(event -> assertRoute(event, "GET", "/errors"));
        assertThat(api.environment()).as("the environment of %s", api.name())
                .containsEntry("MOVIE_TABLE", exported("movie-table-name"))
                .containsEntry("ERROR_TABLE", exported("movie-errors-table-name"));
    }

    @Test
    void eachMoviesFunctionDeploysTheMoviesJar() {
        for (String handler : List.of(SCRAPER, PROCESSOR, API)) {
            String name = function(handler).name();
            assertThat(written(name, "package", "artifact"))
                    .as("package: artifact: of function %s (the jar with the movies classes)", name)
                    .isEqualTo(MOVIES_JAR);
        }
    }

    @Test
    void eachMoviesFunctionHasARoleOfItsOwnThatOnlyLambdaCanTake() {
        Set<String> roles = new HashSet<>();
        for (String handler : List.of(SCRAPER, PROCESSOR, API)) {
            String name = function(handler).name();
            String role = roleOf(handler);
            assertThat(roles.add(role)).as("function %s has role %s, which another movies function has too", name, role)
                    .isTrue();
            ResourceDefinition resource = stack.resources().get(role);
            assertThat(resource).as("role: %s of function %s is a resource of this stack", role, name).isNotNull();
            assertThat(resource.type()).as("the type of %s", role).isEqualTo("AWS::IAM::Role");
            assertThat(String.valueOf(resource.properties().get("AssumeRolePolicyDocument")))
                    .as("the AssumeRolePolicyDocument of %s", role).contains("lambda.amazonaws.com");
        }
    }

    @Test
    void theScraperMayPutRecordsOnTheStreamAndErrorEntriesInTheErrorTable() {
        String role = roleOf(SCRAPER);
        assertAllows(role, "kinesis:PutRecords", exported("data-processing-stream-arn"));
        assertAllows(role, "dynamodb:PutItem", exported("movie-errors-table-arn"));
    }

    @Test
    void theProcessorMayReadTheStreamWriteTheTablesAndSendToTheFailuresQueue() {
        String role = roleOf(PROCESSOR);
        // What Lambda's event source mapping calls, with the function's role, to read the shards.
        for (String action : List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords",
                "kinesis:GetShardIterator", "kinesis:ListShards")) {
            assertAllows(role, action, exported("data-processing-stream-arn"));
        }
        assertAllows(role, "sqs:SendMessage", exported("movie-processor-failures-queue-arn"));
        assertAllows(role, "dynamodb:BatchWriteItem", exported("movie-table-arn"));
        assertAllows(role, "dynamodb:PutItem", exported("movie-errors-table-arn"));
    }

    @Test
    void theApiMayOnlyReadTheMovieTableItsYearIndexAndTheErrorTable() {
        String role = roleOf(API);
        assertAllows(role, "dynamodb:GetItem", exported("movie-table-arn"));
        assertAllows(role, "dynamodb:Query", exported("movie-table-arn") + "/index/byStartYear");
        assertAllows(role, "dynamodb:Scan", exported("movie-errors-table-arn"));
        assertThat(allowedActions(role)).as("the actions %s allows: a read API writes nothing", role)
                .noneMatch(action -> action.matches("(?i)dynamodb:(Put|Update|Delete|BatchWrite|TransactWrite).*"));
    }

    @Test
    void noMoviesRoleAllowsEverythingOrEverywhere() {
        for (String handler : List.of(SCRAPER, PROCESSOR, API)) {
            String role = roleOf(handler);
            for (Map<?, ?> statement : statements(role)) {
                assertThat(strings(statement.get("Action"))).as("the actions of a statement of %s", role)
                        .noneMatch(action -> action.contains("*"));
                assertThat(strings(statement.get("Resource"))).as("the resources of a statement of %s", role)
                        .noneMatch(resource -> resource.equals("*"));
            }
        }
    }

    // --- reading the stacks ---

    /** The one function whose handler is this class. */
    private static FunctionDefinition function(String handler) {
        List<FunctionDefinition> found = stack.functions().values().stream()
                .filter(function -> function.handler().equals(handler))
                .toList();
        assertThat(found).as("the functions of %s with handler: %s", stack.file(), handler).hasSize(1);
        return found.get(0);
    }

    private static String exported(String exportName) {
        String value = exports.get(exportName + "-" + SUFFIX);
        assertThat(value).as("the resources stack exports %s-%s", exportName, SUFFIX).isNotNull();
        return value;
    }

    private static void assertRoute(EventDefinition event, String method, String path) {
        assertThat(event).isInstanceOfSatisfying(EventDefinition.HttpApi.class, route -> {
            assertThat(route.method()).as("the method of an httpApi event").isEqualTo(method);
            assertThat(route.path()).as("the path of an httpApi event").isEqualTo(path);
        });
    }

    /** The logical id of the function's role: {@code role: SomeRole} (or {@code !GetAtt SomeRole.Arn}). */
    private static String roleOf(String handler) {
        String name = function(handler).name();
        String role = written(name, "role");
        assertThat(role).as("role: of function %s (the logical id of its role in resources)", name).isNotBlank();
        return role.endsWith(".Arn") ? role.substring(0, role.length() - ".Arn".length()) : role;
    }

    private static void assertAllows(String role, String action, String resourceArn) {
        boolean allowed = statements(role).stream().anyMatch(statement ->
                "Allow".equals(statement.get("Effect"))
                        && strings(statement.get("Action")).contains(action)
                        && strings(statement.get("Resource")).contains(resourceArn));
        assertThat(allowed).as("%s allows %s on %s", role, action, resourceArn).isTrue();
    }

    private static List<String> allowedActions(String role) {
        List<String> actions = new ArrayList<>();
        statements(role).stream()
                .filter(statement -> "Allow".equals(statement.get("Effect")))
                .forEach(statement -> actions.addAll(strings(statement.get("Action"))));
        return actions;
    }

    /** Every statement of the role's inline policies. */
    private static List<Map<?, ?>> statements(String role) {
        List<Map<?, ?>> statements = new ArrayList<>();
        ResourceDefinition resource = stack.resources().get(role);
        assertThat(resource).as("the role %s in resources", role).isNotNull();
        Object policies = resource.properties().get("Policies");
        for (Object policy : policies instanceof List<?> list ? list : List.of()) {
            Object document = policy instanceof Map<?, ?> map ? map.get("PolicyDocument") : null;
            Object written = document instanceof Map<?, ?> map ? map.get("Statement") : null;
            for (Object statement : written instanceof List<?> list ? list : List.of()) {
                if (statement instanceof Map<?, ?> map) {
                    statements.add(map);
                }
            }
        }
        return statements;
    }

    /** An IAM {@code Action} or {@code Resource}: one string or a list of them. */
    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /**
     * {@code functions:} as written, for what the local cloud does not keep ({@code role},
     * {@code package.artifact}): the YAML's nodes, so that tags like {@code !GetAtt} need no constructor.
     */
    private static Node writtenFunctions(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return child(new Yaml().compose(reader), "functions");
        }
    }

    /** The scalar at {@code functions.<function>.<path...>}, or null when there is none. */
    private static String written(String function, String... path) {
        Node node = child(writtenFunctions, function);
        for (String key : path) {
            node = child(node, key);
        }
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
                    return entry.getValueNode();
                }
            }
        }
        return null;
    }
}
