// Prints what a packaged stack would create: the stack, each resource's physical name and each export.
//   node scripts/print-stack-names.mjs <dir with cloudformation-template-update-stack.json>
// Used by the deploy scripts' --dry-run. No dependencies beyond Node.js.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.serverless';
const template = JSON.parse(readFileSync(join(dir, 'cloudformation-template-update-stack.json'), 'utf8'));
const statePath = join(dir, 'serverless-state.json');
const service = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')).service : { provider: {} };
const provider = service.provider;

const NAME_PROPERTIES = {
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::Logs::LogGroup': 'LogGroupName',
};

const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

if (provider.stage) {
  // The framework's stack name: provider.stackName, else <service>-<stage>.
  const stackName = provider.stackName ?? `${service.service}-${provider.stage}`;
  console.log(`Stack: ${stackName}  (stage ${provider.stage}, region ${provider.region})`);
}
const rows = [];
for (const [id, resource] of Object.entries(template.Resources ?? {})) {
  const property = NAME_PROPERTIES[resource.Type];
  const name = property && resource.Properties?.[property];
  if (name !== undefined) rows.push([resource.Type, show(name), id]);
}
if (rows.length) {
  console.log('Named resources:');
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [type, name, id] of rows) console.log(`  ${type.padEnd(width)}  ${name}  (${id})`);
}
const exports = Object.entries(template.Outputs ?? {}).filter(([, output]) => output.Export);
if (exports.length) {
  console.log('Exports:');
  for (const [id, output] of exports) console.log(`  ${show(output.Export.Name)}  (${id})`);
}
