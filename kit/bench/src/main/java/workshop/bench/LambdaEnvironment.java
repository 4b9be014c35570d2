package workshop.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of a child JVM: the function's variables plus those Lambda sets in every function
 * (region, credentials, {@code AWS_LAMBDA_FUNCTION_*}...), with the AWS endpoints pointed at the stub.
 * Nothing is inherited from the shell but {@code PATH}: no AWS profile, no real credentials, and no
 * request can leave the machine.
 */
final class LambdaEnvironment {

    private LambdaEnvironment() {
    }

    static Map<String, String> of(BenchFunction function, Map<String, String> functionVariables, URI stub,
                                  Path noSuchFile) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        variables.put("LANG", "en_US.UTF-8");
        variables.put("TZ", "UTC");
        variables.put("_HANDLER", function.handler());
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        variables.put("AWS_REGION", function.region());
        variables.put("AWS_DEFAULT_REGION", function.region());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.deployedName());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySize()));
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.deployedName());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        // The role's temporary credentials, as Lambda puts them; the stub does not check signatures.
        variables.put("AWS_ACCESS_KEY_ID", "ASIABENCHSTUB0000000");
        variables.put("AWS_SECRET_ACCESS_KEY", "bench-secret-key-not-checked");
        variables.put("AWS_SESSION_TOKEN", "bench-session-token");
        // Every service the SDK could call goes to the stub: the three the functions use by name, any
        // other through the general variable (the stub answers it with an error). No profile files are
        // read, as on Lambda, and no instance metadata is asked for.
        String endpoint = stub.toString();
        variables.put("AWS_ENDPOINT_URL", endpoint);
        variables.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        variables.put("AWS_ENDPOINT_URL_KINESIS", endpoint);
        variables.put("AWS_ENDPOINT_URL_SNS", endpoint);
        variables.put("AWS_CONFIG_FILE", noSuchFile.toString());
        variables.put("AWS_SHARED_CREDENTIALS_FILE", noSuchFile.toString());
        variables.put("AWS_EC2_METADATA_DISABLED", "true");
        variables.putAll(functionVariables);
        return variables;
    }
}
