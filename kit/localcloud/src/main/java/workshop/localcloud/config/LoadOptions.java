package workshop.localcloud.config;

import java.util.Map;

/**
 * What a {@code serverless deploy} command line would give the framework, for the local cloud.
 *
 * @param stage       {@code --stage}: what {@code ${opt:stage}} returns; when null the stage is
 *                    {@code provider.stage}, else "dev" (as the framework's {@code ${sls:stage}})
 * @param region      {@code --region}: what {@code ${opt:region}} returns; when null the region is
 *                    {@code provider.region}, else "us-east-1"
 * @param accountId   the account id of ARNs, {@code AWS::AccountId} and {@code ${aws:accountId}}
 * @param environment what {@code ${env:NAME}} reads (the process environment by default)
 * @param cliOptions  the other {@code --name value} options, for {@code ${opt:name}}
 * @param params      {@code --param "name=value"} options: they win over the file's {@code params:}
 */
public record LoadOptions(
        String stage,
        String region,
        String accountId,
        Map<String, String> environment,
        Map<String, String> cliOptions,
        Map<String, String> params) {

    /** The account id the local cloud uses everywhere. */
    public static final String LOCAL_ACCOUNT_ID = "000000000000";

    public LoadOptions {
        accountId = accountId != null ? accountId : LOCAL_ACCOUNT_ID;
        environment = environment != null ? environment : Map.of();
        cliOptions = cliOptions != null ? Map.copyOf(cliOptions) : Map.of();
        params = params != null ? Map.copyOf(params) : Map.of();
    }

    /** No {@code --stage} or {@code --region}, the process environment, the local account id. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, null, LOCAL_ACCOUNT_ID, System.getenv(), Map.of(), Map.of());
    }

    public LoadOptions withStage(String newStage) {
        return new LoadOptions(newStage, region, accountId, environment, cliOptions, params);
    }

    public LoadOptions withRegion(String newRegion) {
        return new LoadOptions(stage, newRegion, accountId, environment, cliOptions, params);
    }

    public LoadOptions withEnvironment(Map<String, String> variables) {
        return new LoadOptions(stage, region, accountId, variables, cliOptions, params);
    }

    public LoadOptions withCliOptions(Map<String, String> options) {
        return new LoadOptions(stage, region, accountId, environment, options, params);
    }

    public LoadOptions withParams(Map<String, String> newParams) {
        return new LoadOptions(stage, region, accountId, environment, cliOptions, newParams);
    }
}
