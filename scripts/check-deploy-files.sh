#!/usr/bin/env bash
# CI's offline proof of the deploy files: installs the deploy tool chain (npm ci from package-lock.json;
# the npm registry is the only network it needs), packages every stack with `serverless package` for
# suffix=ci without AWS credentials, and asserts on the generated CloudFormation
# (scripts/assert-template.mjs):
#   - root serverless.yml (resources stack): names and exports carry the suffix, the expected tables,
#     GSI, stream, TTL, queue and topic exist;
#   - solutions/serverless.yml (when it exists): names and exports carry the suffix, Kinesis mappings
#     (if any) report batch item failures, bisect, have an on-failure destination, stream mappings have
#     bounded retries; one IAM role per function, no '*' action or resource in Kinesis/DynamoDB/SNS/SQS
#     statements, the counter publishes only to the words topic, the logger has no data-service action;
#   - skeleton/serverless.yml (when it exists): packages.
# Packaging runs without network when the system allows it (unshare -rn), and without credentials always.
# Ends with "check-deploy-files: N passed, M failed"; exits 1 when anything failed.
#
#   scripts/check-deploy-files.sh
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  PASS  $*"; }
failure() { failed=$((failed + 1)); echo "  FAIL  $*"; }

started=$(date +%s)
echo "== Deploy tool chain"
if ./install-sls-dependencies.sh; then
  pass "tool chain installed from package-lock.json"
else
  failure "tool chain not installed (see above)"
  echo "check-deploy-files: $passed passed, $failed failed"
  exit 1
fi

# No credentials, a fixed region, no profile: packaging must not need AWS.
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE \
  AWS_DEFAULT_REGION AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE
export AWS_REGION=eu-west-1 AWS_EC2_METADATA_DISABLED=true
export suffix=ci url=https://example.org/movies
# Without network when possible: a network namespace has only a loopback interface.
offline=()
if command -v unshare >/dev/null 2>&1 && unshare -rn true 2>/dev/null; then
  offline=(unshare -rn)
  echo "(packaging without network: unshare -rn)"
else
  echo "(unshare -rn is not available here: packaging with the network, but without credentials)"
fi

# assert <mode> <dir>: runs the template assertions and adds their counts.
assert() {
  local out
  out="$(node scripts/assert-template.mjs "$1" "$2" --suffix "$suffix" --region "$AWS_REGION")"
  echo "$out"
  local counts
  counts="$(tail -1 <<<"$out" | sed -nE 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p')"
  if [[ -z "$counts" ]]; then
    failure "assertions on $2 did not run (see above)"
    return
  fi
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}

echo
echo "== Resources stack (serverless.yml)"
t0=$(date +%s)
if "${offline[@]}" ./deploy-resources.sh --dry-run; then
  pass "serverless package of serverless.yml ($(( $(date +%s) - t0 ))s)"
  assert resources .serverless
else
  failure "serverless package of serverless.yml (see above)"
fi

for project in solutions skeleton; do
  echo
  echo "== Function stack ($project/serverless.yml)"
  if [[ ! -f "$project/serverless.yml" ]]; then
    echo "  SKIP  $project/serverless.yml does not exist yet"
    continue
  fi
  t0=$(date +%s)
  if "${offline[@]}" ./deploy-lambda.sh "$project" --dry-run; then
    pass "serverless package of $project/serverless.yml ($(( $(date +%s) - t0 ))s)"
    # The skeleton is the attendee's starting point: its stack only has to package.
    [[ "$project" == solutions ]] && assert functions "$project/.serverless"
  else
    failure "serverless package of $project/serverless.yml (see above)"
  fi
done

echo
echo "check-deploy-files: $passed passed, $failed failed ($(( $(date +%s) - started ))s)"
[[ $failed -eq 0 ]]
