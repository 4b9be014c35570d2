#!/usr/bin/env bash
# Builds and deploys a function stack (skeleton/serverless.yml or solutions/serverless.yml) for one
# attendee. Deploy the resources stack first (deploy-resources.sh): the functions import its exports.
#
#   suffix=course1 url=https://example.org/movies ./deploy-lambda.sh                  # skeleton, to AWS
#   suffix=course1 url=https://example.org/movies ./deploy-lambda.sh solutions        # the reference
#   suffix=course1 url=https://example.org/movies ./deploy-lambda.sh solutions --dry-run
#   ... ./deploy-lambda.sh solutions -- --param="slackSigningSecret=..."               # more serverless options
#
# suffix, url, region and credentials: as for deploy-resources.sh (the two stacks must use the same
# suffix and region). Real mode builds the jar (./mvnw -q -B -pl <project> -am package -DskipTests)
# and runs `serverless deploy` in <project>/. --dry-run needs no credentials, no network and no build:
# it runs `serverless package` into <project>/.serverless/; when the jar named by package.artifact is
# not built yet, it packages a copy of the stack with an empty placeholder jar instead (said so).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT=deploy-lambda.sh
# shellcheck source=scripts/lib/deploy-common.sh
source "$ROOT/scripts/lib/deploy-common.sh"

project=skeleton
dry_run=false
passthrough=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    skeleton|solutions) project="$1" ;;
    --dry-run) dry_run=true ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; passthrough=("$@"); break ;;
    *) fail "unknown argument '$1' (usage: suffix=... url=... ./$SCRIPT [skeleton|solutions] [--dry-run] [-- serverless options])" ;;
  esac
  shift
done

check_suffix
check_url
[[ -f "$ROOT/$project/serverless.yml" ]] || fail "$project/serverless.yml does not exist (yet): nothing to deploy for '$project'"
setup_aws_environment
ensure_tool_chain
project_dir="$ROOT/$project"
cd "$project_dir"

if $dry_run; then
  echo "Packaging the $project function stack (dry run, no AWS call, no build): $(describe_target)"
  # The jar(s) the stack deploys: package.artifact and functions.*.package.artifact, as the framework
  # resolves them (serverless print resolves the variables offline).
  if ! printed="$(sls print --format json)"; then
    echo "$printed" >&2
    fail "serverless could not read $project/serverless.yml (see above)"
  fi
  mapfile -t artifacts < <(node -e '
    const config = JSON.parse(process.argv[1]);
    const paths = [config.package?.artifact,
      ...Object.values(config.functions ?? {}).map((f) => f?.package?.artifact)].filter(Boolean);
    // One line per jar, and no line at all for a stack without functions (yet): an empty line would
    // read as a jar named "".
    [...new Set(paths)].forEach((path) => console.log(path));' "$printed")
  missing=()
  for artifact in ${artifacts[@]+"${artifacts[@]}"}; do
    [[ -f "$artifact" ]] || missing+=("$artifact")
  done
  rm -rf "$project_dir/.serverless"
  if [[ ${#missing[@]} -eq 0 ]]; then
    sls package ${passthrough[@]+"${passthrough[@]}"}
  else
    # Package a copy of the stack next to empty placeholder jars: the template is the same, only the
    # code hash differs. The project directory is left untouched.
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/$project"
    cp "$project_dir/serverless.yml" "$scratch/$project/"
    for artifact in "${missing[@]}"; do
      [[ "$artifact" != /* ]] || fail "package.artifact '$artifact' is absolute and missing: build it first or use a path relative to $project/"
      echo "  $project/$artifact is not built: using an empty placeholder jar (build it with ./mvnw -pl $project -am package -DskipTests)"
      mkdir -p "$scratch/$project/$(dirname "$artifact")"
      # An empty zip archive: just the end-of-central-directory record.
      printf 'PK\005\006\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' \
        > "$scratch/$project/$artifact"
    done
    # (serverless v3 writes the template to <service dir>/.serverless whatever --package says: copy it back)
    (cd "$scratch/$project" && sls package ${passthrough[@]+"${passthrough[@]}"})
    cp -R "$scratch/$project/.serverless" "$project_dir/.serverless"
  fi
  echo
  echo "Dry run done. CloudFormation template: $project_dir/.serverless/cloudformation-template-update-stack.json"
  node "$ROOT/scripts/print-stack-names.mjs" "$project_dir/.serverless"
else
  echo "Building $project (./mvnw -q -B -pl $project -am package -DskipTests)..."
  (cd "$ROOT" && ./mvnw -q -B -pl "$project" -am package -DskipTests) || fail "the build of $project failed (see above)"
  echo "Deploying the $project function stack to AWS: $(describe_target)"
  if ! sls deploy --verbose ${passthrough[@]+"${passthrough[@]}"}; then
    echo >&2
    fail "deploy failed. 'No export named ...' means the resources stack for suffix '$suffix' is not deployed in $AWS_REGION (run: suffix=$suffix url=$url ./deploy-resources.sh); otherwise check the credentials (AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)."
  fi
  echo
  echo "Function stack '$project' for '$suffix' deployed (endpoints above)."
fi
