# Shared by deploy-resources.sh and deploy-lambda.sh (sourced, not run). Expects ROOT (the repository)
# and SCRIPT (the calling script's name, for messages).

fail() {
  echo "$SCRIPT: $*" >&2
  exit 1
}

# suffix: lowercase letters, digits and '-', 1 to 20 characters, starting and ending with a letter or
# digit. It goes into every name: Kinesis streams, DynamoDB tables, SQS queues and SNS topics accept
# these characters, CloudFormation export and stack names too, and 20 keeps the longest derived names
# (queue "movie-processor-failures-<suffix>", function and IAM role names of the function stacks)
# within AWS's limits (SQS 80, Lambda 64, IAM role 64). Lowercase only, so "Bob" and "bob" cannot be
# two attendees.
SUFFIX_RULE='^[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?$'

check_suffix() {
  if [[ -z "${suffix:-}" ]]; then
    fail "suffix is not set: give the attendee's suffix, e.g. suffix=course1 url=https://example.org/movies ./$SCRIPT"
  fi
  if ! [[ "$suffix" =~ $SUFFIX_RULE ]]; then
    fail "suffix '$suffix' is not valid: use 1 to 20 lowercase letters, digits or '-', starting and ending with a letter or digit (e.g. course1, alice-2)"
  fi
}

check_url() {
  if [[ -z "${url:-}" ]]; then
    fail "url is not set: give the page the scraper reads, e.g. suffix=${suffix:-course1} url=https://example.org/movies ./$SCRIPT"
  fi
  if ! [[ "$url" =~ ^https?://[^[:space:]/?#]+[^[:space:]]*$ ]]; then
    fail "url '$url' is not valid: it must start with http:// or https:// and contain no spaces"
  fi
}

# Region and profile come from the environment only (no hard-coded profile): AWS_REGION, else
# AWS_DEFAULT_REGION, else eu-west-1 (the stacks read ${env:AWS_REGION, 'eu-west-1'}).
setup_aws_environment() {
  if [[ -z "${AWS_REGION:-}" && -n "${AWS_DEFAULT_REGION:-}" ]]; then
    export AWS_REGION="$AWS_DEFAULT_REGION"
  fi
  export AWS_REGION="${AWS_REGION:-eu-west-1}"
  # The v3 line has no telemetry or update checks worth a network call; keep it quiet and non-interactive.
  export SLS_TELEMETRY_DISABLED=1 SLS_TRACKING_DISABLED=1 SLS_NOTIFICATIONS_MODE=off SLS_INTERACTIVE_SETUP_DISABLE=1
  export suffix url
}

describe_target() {
  echo "suffix=$suffix region=$AWS_REGION profile=${AWS_PROFILE:-<default credential chain>} url=$url"
}

ensure_tool_chain() {
  "$ROOT/install-sls-dependencies.sh"
}

# Runs the framework installed by install-sls-dependencies.sh (never a global or downloaded one).
sls() {
  "$ROOT/node_modules/.bin/serverless" "$@"
}
