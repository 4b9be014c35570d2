package workshop.localcloud.config;

/**
 * Where a stack is deployed: what CloudFormation's pseudo parameters ({@code AWS::Region},
 * {@code AWS::StackName}...) and the ARNs of its resources are made of.
 *
 * @param service   the {@code service:} name
 * @param stage     the resolved stage
 * @param region    the resolved region
 * @param accountId the account id
 * @param name      the CloudFormation stack name: {@code provider.stackName}, else {@code <service>-<stage>}
 */
record Stack(String service, String stage, String region, String accountId, String name) {

    /** "aws", or the partition of the China and GovCloud regions. */
    String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    String urlSuffix() {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
    String arn(String awsService, String resource) {
        return "arn:" + partition() + ":" + awsService + ":" + region + ":" + accountId + ":" + resource;
    }

    /** An IAM ARN, which has no region: {@code arn:aws:iam::<account>:<resource>}. */
    String globalArn(String awsService, String resource) {
        return "arn:" + partition() + ":" + awsService + "::" + accountId + ":" + resource;
    }
}
