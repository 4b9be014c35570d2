#!/usr/bin/env bash
# Deploys a whole class: for every attendee of the roster, the resources stack (deploy-resources.sh)
# and, if asked, a function stack (deploy-lambda.sh).
#
#   url=https://example.org/movies scripts/deploy-class.sh ROSTER [--dry-run] [--functions skeleton|solutions|none] [--stage STAGE]
#
# ROSTER     one attendee suffix per line; blank lines and '#' comments are ignored (scripts/lib/roster.sh).
#            Every line is checked first, with deploy-resources.sh's rule, and no suffix may appear
#            twice: with any bad line, every bad line is reported (FILE:LINE) and nothing is deployed
#            (exit status 2).
# url        the page the scrapers read, as for deploy-resources.sh (required, http:// or https://).
# --functions  none (default): the resources only; attendees deploy their own functions in exercise 08.
#            skeleton or solutions: also that function stack for everyone (solutions = the reference,
#            e.g. for a demo account). The Slack signing secret comes from SLACK_SIGNING_SECRET.
# --dry-run  packages every stack offline (`serverless package`, no credentials, no AWS call).
# --stage    passed to every stack (default dev); use the same one for teardown-class.sh.
# Region and credentials: as for deploy-resources.sh (AWS_REGION, AWS_PROFILE, ...).
#
# One attendee's failure does not stop the others. A summary lists every suffix as ok or FAILED
# (and at which step); the exit status is 1 when any failed. Running it again is safe: a deployed
# stack is updated, and is left as it is when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT=deploy-class.sh
# shellcheck source=scripts/lib/deploy-common.sh
source "$ROOT/scripts/lib/deploy-common.sh"
# shellcheck source=scripts/lib/roster.sh
source "$ROOT/scripts/lib/roster.sh"

usage="usage: url=... scripts/$SCRIPT ROSTER [--dry-run] [--functions skeleton|solutions|none] [--stage STAGE]"
usage_error() {
  echo "$SCRIPT: $*" >&2
  echo "$usage" >&2
  exit 2
}

roster=""
dry_run=false
functions=none
stage_options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --functions)
      [[ $# -ge 2 ]] || usage_error "--functions needs a value: skeleton, solutions or none"
      functions="$2"; shift ;;
    --functions=*) functions="${1#*=}" ;;
    --stage)
      [[ $# -ge 2 ]] || usage_error "--stage needs a value, e.g. --stage dev"
      stage_options=(--stage "$2"); shift ;;
    --stage=*) stage_options=(--stage "${1#*=}") ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage_error "unknown option '$1'" ;;
    *)
      [[ -z "$roster" ]] || usage_error "one roster only ('$roster' and '$1' given)"
      roster="$1" ;;
  esac
  shift
done
[[ -n "$roster" ]] || usage_error "no roster given"
case "$functions" in
  skeleton|solutions|none) ;;
  *) usage_error "--functions must be skeleton, solutions or none, not '$functions'" ;;
esac

# Everything is checked before the first deploy: the roster (all lines), the url, the tool chain.
read_roster "$roster" || exit 2
[[ -n "${url:-}" ]] || usage_error "url is not set: give the page the scrapers read, e.g. url=https://example.org/movies scripts/$SCRIPT $roster"
check_url
setup_aws_environment
ensure_tool_chain

mode_flags=()
$dry_run && mode_flags=(--dry-run)
serverless_options=()
[[ ${#stage_options[@]} -gt 0 ]] && serverless_options=(-- "${stage_options[@]}")

count=${#ROSTER_SUFFIXES[@]}
what="the resources stack"
[[ "$functions" != none ]] && what="the resources stack and the $functions function stack"
if $dry_run; then
  echo "Dry run: packaging $what for $count attendee(s), offline; nothing is deployed."
else
  echo "Deploying $what for $count attendee(s): region $AWS_REGION, profile ${AWS_PROFILE:-<default credential chain>}, url $url"
fi

results=()
failed=0
index=0
for who in "${ROSTER_SUFFIXES[@]}"; do
  index=$((index + 1))
  echo
  echo "=== $who ($index/$count)"
  result=ok
  if ! suffix="$who" url="$url" "$ROOT/deploy-resources.sh" ${mode_flags[@]+"${mode_flags[@]}"} \
      ${serverless_options[@]+"${serverless_options[@]}"}; then
    result="FAILED (resources stack; functions not tried)"
  elif [[ "$functions" != none ]] && ! suffix="$who" url="$url" "$ROOT/deploy-lambda.sh" "$functions" \
      ${mode_flags[@]+"${mode_flags[@]}"} ${serverless_options[@]+"${serverless_options[@]}"}; then
    result="FAILED ($functions function stack; the resources stack is deployed)"
  fi
  [[ "$result" == ok ]] || failed=$((failed + 1))
  results+=("$(printf '  %-22s %s' "$who" "$result")")
done

echo
echo "=== Summary ($($dry_run && echo 'dry run, ' || true)$what)"
printf '%s\n' "${results[@]}"
echo "deploy-class: $((count - failed)) ok, $failed failed"
if [[ $failed -gt 0 ]]; then
  echo "Run the same command again to retry: stacks already deployed are left as they are." >&2
  exit 1
fi
