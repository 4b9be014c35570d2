package workshop.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * One function as the benchmark runs it: the jar it deploys, its handler and the settings Lambda would
 * give it (memory, timeout, environment, region).
 *
 * @param name         the key in serverless.yml, e.g. {@code counter}; also names its fixture
 * @param deployedName the function's name on AWS ({@code AWS_LAMBDA_FUNCTION_NAME})
 * @param handler      the handler as serverless.yml writes it: a class, maybe with {@code ::method}
 * @param jar          the jar it deploys; null when serverless.yml names none
 * @param memorySize   MB
 * @param timeoutSeconds its timeout
 * @param environment  its {@code environment:}, resolved
 * @param region       the stack's region ({@code AWS_REGION})
 */
public record BenchFunction(String name, String deployedName, String handler, Path jar, int memorySize,
                            int timeoutSeconds, Map<String, String> environment, String region) {

    /** The fixture of the baseline function, which is not in serverless.yml. */
    public static final String HELLO_WORLD = "hello-world";

    public BenchFunction {
        environment = Map.copyOf(environment);
    }

    /**
     * The baseline: {@code HelloWorldHandler} from the probe jar, with {@code coreJar} (aws-lambda-java-core)
     * as its "deployed jar", 1024 MB like the functions.
     */
    public static BenchFunction helloWorld(Path coreJar, String region) {
        return new BenchFunction(HELLO_WORLD, HELLO_WORLD, "workshop.bench.probe.HelloWorldHandler", coreJar, 1024,
                10, Map.of(), region);
    }

    /** The handler's class, without a {@code ::method}. */
    public String handlerClass() {
        int method = handler.indexOf("::");
        return method < 0 ? handler : handler.substring(0, method);
    }

    /** The handler's class file inside a jar, e.g. {@code workshop/slack/LoggerHandler.class}. */
    public String handlerClassFile() {
        return handlerClass().replace('.', '/') + ".class";
    }
}
