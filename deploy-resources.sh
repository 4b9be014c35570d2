#!/usr/bin/env bash
# Deploys the shared resources stack (root serverless.yml) for one attendee.
#
#   suffix=course1 url=https://example.org/movies ./deploy-resources.sh            # deploy to AWS
#   suffix=course1 url=https://example.org/movies ./deploy-resources.sh --dry-run  # package only, offline
#   ... ./deploy-resources.sh [--dry-run] -- --stage prod                          # more serverless options
#
# suffix  the attendee's name in every resource: 1-20 of [a-z0-9-], starting and ending with a letter
#         or digit (stack workshop-resources-<suffix>-<stage>, table movie-<suffix>, ...)
# url     the page the scraper reads (http:// or https://)
# Region and credentials come from the environment: AWS_REGION (or AWS_DEFAULT_REGION; default
# eu-west-1) and AWS_PROFILE or the other AWS credential sources. --dry-run needs no credentials and
# no network: it runs `serverless package` and leaves the CloudFormation template in .serverless/.
# Teardown: suffix=course1 npx serverless remove (see docs/DEPLOY.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=deploy-resources.sh
# shellcheck source=scripts/lib/deploy-common.sh
source "$ROOT/scripts/lib/deploy-common.sh"

dry_run=false
passthrough=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; passthrough=("$@"); break ;;
    *) fail "unknown argument '$1' (usage: suffix=... url=... ./$SCRIPT [--dry-run] [-- serverless options])" ;;
  esac
  shift
done

check_suffix
check_url
setup_aws_environment
ensure_tool_chain
cd "$ROOT"

if $dry_run; then
  echo "Packaging the resources stack (dry run, no AWS call): $(describe_target)"
  rm -rf .serverless
  sls package ${passthrough[@]+"${passthrough[@]}"}
  echo
  echo "Dry run done. CloudFormation template: $ROOT/.serverless/cloudformation-template-update-stack.json"
  node "$ROOT/scripts/print-stack-names.mjs" "$ROOT/.serverless"
else
  echo "Deploying the resources stack to AWS: $(describe_target)"
  if ! sls deploy --verbose ${passthrough[@]+"${passthrough[@]}"}; then
    echo >&2
    fail "deploy failed. Check the credentials (AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and the region ($AWS_REGION); 'already exists' means another stack uses a name with this suffix."
  fi
  echo
  echo "Resources for '$suffix' deployed. Next: suffix=$suffix url=$url ./deploy-lambda.sh"
fi
