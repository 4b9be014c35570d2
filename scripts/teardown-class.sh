#!/usr/bin/env bash
# Removes a whole class from AWS: for every attendee of the roster, the function stack first, then the
# resources stack (`serverless remove`, as docs/DEPLOY.md says: the functions import the resources'
# exports, and CloudFormation refuses to delete an export that is in use).
#
#   scripts/teardown-class.sh ROSTER [--dry-run] [--stage STAGE]
#
# ROSTER     the roster deploy-class.sh was given: one suffix per line, blank lines and '#' comments
#            ignored. Every line is checked first (deploy-resources.sh's rule, no duplicates): with any
#            bad line, every bad line is reported (FILE:LINE) and nothing is removed (exit status 2).
# --dry-run  resolves both stacks of every attendee offline (`serverless print`, no credentials, no AWS
#            call) and says which CloudFormation stacks would be removed; removes nothing.
# --stage    the stage they were deployed with (default dev).
# Region and credentials: as for deploy-resources.sh (AWS_REGION, AWS_PROFILE, ...).
#
# The function stack is workshop-functions-<suffix>-<stage> whether the attendee deployed skeleton/ or
# solutions/ (both files name the same service), so it is removed from solutions/. A stack that does
# not exist (never deployed, or already removed) counts as removed: running the teardown again after a
# failure is safe. `remove` deletes the tables with their items and the stream with its records.
# A summary lists every suffix as ok or FAILED; the exit status is 1 when any failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT=teardown-class.sh
# shellcheck source=scripts/lib/deploy-common.sh
source "$ROOT/scripts/lib/deploy-common.sh"
# shellcheck source=scripts/lib/roster.sh
source "$ROOT/scripts/lib/roster.sh"

usage="usage: scripts/$SCRIPT ROSTER [--dry-run] [--stage STAGE]"
usage_error() {
  echo "$SCRIPT: $*" >&2
  echo "$usage" >&2
  exit 2
}

roster=""
dry_run=false
stage_options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --stage)
      [[ $# -ge 2 ]] || usage_error "--stage needs a value, e.g. --stage dev"
      stage_options=(--stage "$2"); shift ;;
    --stage=*) stage_options=(--stage "${1#*=}") ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage_error "unknown option '$1'" ;;
    *)
      [[ -z "$roster" ]] || usage_error "one roster only ('$roster' and '$1' given)"
      roster="$1" ;;
  esac
  shift
done
[[ -n "$roster" ]] || usage_error "no roster given"

read_roster "$roster" || exit 2
setup_aws_environment
ensure_tool_chain

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# stack_name DIR: the CloudFormation stack of the serverless.yml in DIR for the current suffix,
# as the framework names it (<service>-<stage>), resolved offline.
stack_name() {
  local printed
  printed="$(cd "$1" && sls print --format json ${stage_options[@]+"${stage_options[@]}"})" || return 1
  node -e '
    const config = JSON.parse(process.argv[1]);
    console.log(`${config.service}-${config.provider.stage}`);' "$printed"
}

# remove DIR LABEL: `serverless remove` in DIR; a stack that does not exist counts as removed.
remove() {
  local log="$scratch/remove.log"
  if (cd "$1" && sls remove ${stage_options[@]+"${stage_options[@]}"}) 2>&1 | tee "$log"; then
    return 0
  fi
  if grep -q "Stack with id .* does not exist" "$log"; then
    echo "($2: no such stack, nothing to remove)"
    return 0
  fi
  return 1
}

count=${#ROSTER_SUFFIXES[@]}
if $dry_run; then
  echo "Dry run: the stacks of $count attendee(s) that a teardown would remove (offline; nothing is removed)."
else
  echo "Removing the stacks of $count attendee(s): region $AWS_REGION, profile ${AWS_PROFILE:-<default credential chain>}"
fi

results=()
failed=0
index=0
for who in "${ROSTER_SUFFIXES[@]}"; do
  index=$((index + 1))
  echo
  echo "=== $who ($index/$count)"
  export suffix="$who"
  result=ok
  if $dry_run; then
    if functions_stack="$(stack_name "$ROOT/solutions")" && resources_stack="$(stack_name "$ROOT")"; then
      echo "would remove: $functions_stack (functions), then $resources_stack (resources) in $AWS_REGION"
      result="ok (would remove $functions_stack, then $resources_stack)"
    else
      result="FAILED (the stacks could not be resolved, see above)"
    fi
  elif ! remove "$ROOT/solutions" "function stack"; then
    result="FAILED (function stack; the resources stack was kept, it is still in use)"
  elif ! remove "$ROOT" "resources stack"; then
    result="FAILED (resources stack; the function stack is removed)"
  fi
  [[ "$result" == ok* ]] || failed=$((failed + 1))
  results+=("$(printf '  %-22s %s' "$who" "$result")")
done

echo
echo "=== Summary ($($dry_run && echo 'dry run' || echo 'teardown'))"
printf '%s\n' "${results[@]}"
echo "teardown-class: $((count - failed)) ok, $failed failed"
if [[ $failed -gt 0 ]]; then
  echo "Run the same command again to retry: stacks already removed count as removed." >&2
  exit 1
fi
