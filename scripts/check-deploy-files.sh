#!/usr/bin/env bash
# CI's offline proof of the deploy files: installs the deploy tool chain (npm ci from package-lock.json;
# the npm registry is the only network it needs), packages every stack with `serverless package` for
# suffix=ci without AWS credentials, and asserts on the generated CloudFormation
# (scripts/assert-template.mjs):
#   - root serverless.yml (resources stack): names and exports carry the suffix, the expected tables
#     (keys, GSI, TTL), streams (the router's: one shard), queues and topic exist, with their exports;
#   - solutions/serverless.yml (when it exists): names and exports carry the suffix, Kinesis mappings
#     (if any) report batch item failures, bisect, have an on-failure destination, stream mappings have
#     bounded retries; one IAM role per function, no '*' action or resource in Kinesis/DynamoDB/SNS/SQS
#     statements, the counter publishes only to the words topic, the logger has no data-service action;
#     the movies and crawler roles allow exactly their actions on exactly their exports; the crawler's
#     mapping settings, the functions' environment, the routes (crawl API: payload 1.0), the jar per
#     function;
#   - skeleton/serverless.yml (when it exists): packages;
#   - the class scripts: deploy-class.sh --dry-run on a 2-attendee roster packages both attendees'
#     stacks, teardown-class.sh --dry-run names their stacks; a roster with a bad suffix and a duplicate
#     is refused by both before anything is packaged, naming the lines.
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
echo "== Class scripts (scripts/deploy-class.sh, scripts/teardown-class.sh)"
# Last: the dry runs rewrite .serverless/ and solutions/.serverless/ with the roster's suffixes.
rosters="$(mktemp -d)"
trap 'rm -rf "$rosters"' EXIT
printf '# two attendees, a comment, a blank line\nci-a   # Alice\n\nci-b\n' > "$rosters/class.txt"
t0=$(date +%s)
if out="$("${offline[@]}" scripts/deploy-class.sh "$rosters/class.txt" --dry-run --functions solutions 2>&1)" \
    && grep -qE '^  ci-a +ok$' <<<"$out" && grep -qE '^  ci-b +ok$' <<<"$out" \
    && grep -q 'deploy-class: 2 ok, 0 failed' <<<"$out"; then
  pass "deploy-class.sh --dry-run --functions solutions on a 2-attendee roster: both packaged ($(( $(date +%s) - t0 ))s)"
else
  echo "$out" | tail -30
  failure "deploy-class.sh --dry-run --functions solutions on a 2-attendee roster (see above)"
fi
if out="$("${offline[@]}" scripts/teardown-class.sh "$rosters/class.txt" --dry-run 2>&1)" \
    && grep -q 'would remove workshop-functions-ci-a-dev, then workshop-resources-ci-a-dev' <<<"$out" \
    && grep -q 'would remove workshop-functions-ci-b-dev, then workshop-resources-ci-b-dev' <<<"$out"; then
  pass "teardown-class.sh --dry-run names the function stack, then the resources stack, of each attendee"
else
  echo "$out" | tail -30
  failure "teardown-class.sh --dry-run on a 2-attendee roster (see above)"
fi

# A bad suffix, a duplicate and a good line: refused before any packaging, every bad line named.
printf 'alice\nBob\n\nalice  # twice\nok-1\n' > "$rosters/bad.txt"
for script in deploy-class.sh teardown-class.sh; do
  out="$("${offline[@]}" scripts/$script "$rosters/bad.txt" --dry-run 2>&1)"
  status=$?
  if [[ $status -eq 2 ]] && grep -q "bad.txt:2: 'Bob' is not a valid suffix" <<<"$out" \
      && grep -q "bad.txt:4: 'alice' is already on line 1" <<<"$out" \
      && ! grep -q 'bad.txt:[135]:' <<<"$out" && ! grep -qiE 'packaging|would remove|=== ' <<<"$out"; then
    pass "$script refuses a roster with a bad suffix and a duplicate before packaging (exit 2, lines 2 and 4 named)"
  else
    echo "$out" | tail -20
    failure "$script on a roster with a bad suffix and a duplicate: exit $status, expected 2 naming lines 2 and 4 and nothing packaged (see above)"
  fi
done

echo
echo "check-deploy-files: $passed passed, $failed failed ($(( $(date +%s) - started ))s)"
[[ $failed -eq 0 ]]
