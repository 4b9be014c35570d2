/**
 * Reads {@code serverless.yml} files (Serverless Framework v3) into resolved records:
 * {@link workshop.localcloud.config.ServerlessYamlLoader} turns a file into an
 * {@link workshop.localcloud.config.AppDefinition}.
 *
 * <h2>The subset the local cloud runs</h2>
 * <table>
 *   <caption>Supported constructs; anything else is refused with file, line and construct</caption>
 *   <tr><th>Construct</th><th>Supported</th></tr>
 *   <tr><td>Variables</td><td>{@code ${env:X}}, {@code ${opt:stage}} and other {@code ${opt:...}},
 *       {@code ${sls:stage}}, {@code ${self:path.to.value}}, {@code ${param:name}},
 *       {@code ${aws:region}}, {@code ${aws:accountId}}; embedded in text or as a whole value; nested in
 *       addresses; fallbacks after commas (another source, a quoted string, a number, true, false,
 *       null). Not: {@code ssm}, {@code cf}, {@code s3}, {@code file(...)}, {@code sls:instanceId}.</td></tr>
 *   <tr><td>Intrinsic functions</td><td>{@code Ref}, {@code Fn::GetAtt}, {@code Fn::ImportValue},
 *       {@code Fn::Join}, {@code Fn::Sub} (text and list forms), long and short ({@code !Ref}...) forms,
 *       in resources, outputs, IAM statements, environments and events. Pseudo parameters
 *       {@code AWS::Region}, {@code AccountId}, {@code StackName}, {@code StackId}, {@code Partition},
 *       {@code URLSuffix}. Not: {@code Fn::If}, {@code Fn::Select}, {@code Fn::FindInMap}... nor
 *       {@code Conditions}, {@code Mappings}, {@code Parameters}.</td></tr>
 *   <tr><td>Resources</td><td>Any {@code AWS::} type is read; names and attributes are modelled for
 *       DynamoDB tables, Kinesis streams, SNS topics, SQS queues, IAM roles and managed policies and the
 *       functions' {@code <Name>LambdaFunction}. A missing name is generated as CloudFormation does,
 *       {@code <stack>-<logicalId>-<12 characters>}, the same at every load.</td></tr>
 *   <tr><td>Functions</td><td>{@code handler}, {@code name}, {@code timeout}, {@code memorySize},
 *       {@code environment}, {@code events}, {@code httpApi.payload}, {@code package.artifact} (kept for
 *       tools, with the service's {@code package}); the framework's other keys are
 *       accepted and have no effect locally ({@code image}, {@code condition}, {@code fileSystemConfig}
 *       are refused); an unknown key is refused with a "did you mean".</td></tr>
 *   <tr><td>Events</td><td>{@code http}, {@code httpApi}, {@code stream} (Kinesis, DynamoDB),
 *       {@code sns}, {@code schedule}; other types ({@code sqs}, {@code s3}...) are refused.</td></tr>
 * </table>
 *
 * <h2>How it is built</h2>
 * {@code YamlReader} keeps each value's line,
 * {@code VariableResolver} replaces the framework's variables,
 * {@code IntrinsicResolver} evaluates CloudFormation's functions with the
 * help of {@code ResourceCatalog}, and one parser per event type reads the
 * events.
 */
package workshop.localcloud.config;
