#!/usr/bin/env bash
# Installs the deploy tool chain (the open-source Serverless Framework v3 line, npm package osls,
# pinned in package.json) exactly as package-lock.json records it, into ./node_modules.
#
#   ./install-sls-dependencies.sh           # installs once; later runs return at once
#   ./install-sls-dependencies.sh --force   # reinstalls (npm ci) even when up to date
#
# Needs Node.js (^20.19, ^22.13 or >= 24, as osls requires) and npm; nothing is installed globally.
# Then run the framework with `npx serverless ...` from this directory (the deploy scripts do).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

force=false
case "${1:-}" in
  "") ;;
  --force) force=true ;;
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "install-sls-dependencies.sh: unknown argument '$1' (use --force or nothing)" >&2; exit 2 ;;
esac

fail() { echo "install-sls-dependencies.sh: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || fail "node is not installed: install Node.js 20.19+ or 22.13+ (https://nodejs.org), then rerun"
command -v npm >/dev/null 2>&1 || fail "npm is not installed (it comes with Node.js): install it, then rerun"
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 13) || major >= 24;
  if (!ok) { console.error("install-sls-dependencies.sh: Node.js " + process.versions.node
      + " is too old for osls 3.77.1 (needs ^20.19, ^22.13 or >= 24)"); process.exit(1); }
' || exit 1
[[ -f package-lock.json ]] || fail "package-lock.json is missing: it pins the tool chain (restore it from git)"

# The lock file's hash, recorded after a successful install: same hash and the binary present means
# node_modules is what the lock describes.
stamp=node_modules/.workshop-lock.sha256
lock_hash=$(node -e 'process.stdout.write(require("crypto").createHash("sha256")
  .update(require("fs").readFileSync("package-lock.json")).digest("hex"))')

if ! $force && [[ -x node_modules/.bin/serverless && -f $stamp && "$(cat "$stamp")" == "$lock_hash" ]]; then
  echo "Deploy tool chain already installed ($(node -p 'require("./node_modules/osls/package.json").version' 2>/dev/null \
    | sed 's/^/osls /')); use --force to reinstall."
  exit 0
fi

echo "Installing the deploy tool chain from package-lock.json (npm ci)..."
start=$(date +%s)
npm ci --no-audit --no-fund --loglevel=error
echo "$lock_hash" > "$stamp"
version=$(node -p 'require("./node_modules/osls/package.json").version')
echo "Installed osls $version in $(( $(date +%s) - start ))s: run it with 'npx serverless' from $(pwd)."
