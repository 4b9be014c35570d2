#!/usr/bin/env bash
# scripts/bench-localcloud.sh — the local cloud's start-up time and stream latency, with baselines
# measured in the same run (the machines are shared and noisy: compare ratios, not absolute figures).
#
#   1. In one JVM (workshop.localcloud.bench.LocalCloudBenchmark, kit/localcloud test sources):
#      LocalCloud.start of a small app, cold then warm; put → consumer latency at idle for a Kinesis
#      stream and a DynamoDB stream, against the same handler invoked directly.
#   2. From fresh JVMs: `./workshop up --demo` (the launcher's java command, flags and classpath) from
#      process launch to its cloud.json being written, against a JVM that only starts DynamoDB Local.
#
# Runs from anywhere; needs Java 17; everything stays on 127.0.0.1. It builds kit/support,
# kit/localcloud and kit/workshop into their target/ folders (nothing is installed into ~/.m2).
# Settings (environment):
#   BENCH_SAMPLES=100  BENCH_WARMUP=10   records timed per series, after that many warm-up ones
#   BENCH_UP_RUNS=3                      fresh-JVM starts of `up --demo` (and as many baseline starts)
#   BENCH_OFFLINE=1                      build with `mvnw -o`; 0 lets Maven download what is missing
# Exits 0 when every figure was measured (whether or not the goals are met), non-zero otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${BENCH_SAMPLES:-100}"
warmup="${BENCH_WARMUP:-10}"
up_runs="${BENCH_UP_RUNS:-3}"
ready_timeout_s=60
stop_timeout_s=20
# As the ./workshop launcher runs the CLI (C1 only: quick start-up beats peak speed).
java_flags=(-XX:TieredStopAtLevel=1)

mvn_flags=(-q -B -f "$root/pom.xml")
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then
  mvn_flags+=(-o)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/bench-localcloud.XXXXXX")"
child=""

cleanup() {
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    for _ in $(seq 1 $((stop_timeout_s * 10))); do
      kill -0 "$child" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ns() { date +%s%N; }

# launch_until_ready READY_FILE LOG COMMAND...: starts COMMAND in the background (its pid in $child)
# and waits until READY_FILE exists and is not empty; sets $ready_ms, the time since the launch.
launch_until_ready() {
  local ready_file="$1" log="$2"
  shift 2
  local begin deadline now
  begin="$(now_ns)"
  "$@" >"$log" 2>&1 &
  child=$!
  deadline=$((begin + ready_timeout_s * 1000000000))
  while [ ! -s "$ready_file" ]; do
    if ! kill -0 "$child" 2>/dev/null; then
      echo "bench: '$*' ended before it was ready; its output:" >&2
      cat "$log" >&2
      return 1
    fi
    now="$(now_ns)"
    if [ "$now" -gt "$deadline" ]; then
      echo "bench: '$*' was not ready in $ready_timeout_s s; its output:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.02
  done
  now="$(now_ns)"
  ready_ms=$(((now - begin) / 1000000))
}

# stop_child: SIGTERM (what Ctrl-C's shutdown path does), then waits for the process to end.
stop_child() {
  kill -TERM "$child" 2>/dev/null || true
  for _ in $(seq 1 $((stop_timeout_s * 10))); do
    if ! kill -0 "$child" 2>/dev/null; then
      wait "$child" 2>/dev/null || true
      child=""
      return 0
    fi
    sleep 0.1
  done
  echo "bench: process $child did not stop within $stop_timeout_s s of SIGTERM" >&2
  return 1
}

# wait_child: waits for a process that ends by itself (the baseline), bounded.
wait_child() {
  for _ in $(seq 1 $((stop_timeout_s * 10))); do
    if ! kill -0 "$child" 2>/dev/null; then
      wait "$child"
      child=""
      return 0
    fi
    sleep 0.1
  done
  echo "bench: process $child did not end within $stop_timeout_s s" >&2
  return 1
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
median_ms() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max_ms() { printf '%s\n' "$@" | sort -n | tail -1; }
list_s() { local out=""; for ms in "$@"; do out+="$(seconds "$ms") "; done; echo "${out% }"; }

echo "bench: building kit/support, kit/localcloud, kit/workshop (tests not run) ..." >&2
"$root/mvnw" "${mvn_flags[@]}" -pl kit/support,kit/localcloud,kit/workshop \
    package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt >&2

localcloud="$root/kit/localcloud/target"
bench_classpath="$localcloud/test-classes:$localcloud/classes:$(cat "$localcloud/bench-classpath.txt")"
cli_classpath="$root/kit/workshop/target/classes:$(cat "$root/kit/workshop/target/bench-classpath.txt")"

# 1. In one JVM.
java "${java_flags[@]}" -cp "$bench_classpath" workshop.localcloud.bench.LocalCloudBenchmark \
    --samples "$samples" --warmup "$warmup"

# 2. From fresh JVMs, the baseline and `up --demo` taking turns, so drift in load hits both alike.
echo >&2
echo "bench: starting './workshop up --demo' and the baseline in fresh JVMs, $up_runs times each ..." >&2
up_ms=()
up_own=()
base_ms=()
for run in $(seq 1 "$up_runs"); do
  launch_until_ready "$work/dynamodb-ready-$run" "$work/dynamodb-$run.log" \
      java "${java_flags[@]}" -cp "$bench_classpath" workshop.localcloud.bench.DynamoDbLocalStart \
      "$work/dynamodb-ready-$run"
  base_ms+=("$ready_ms")
  wait_child

  state="$work/state-$run"
  launch_until_ready "$state/cloud.json" "$work/up-$run.log" \
      java "${java_flags[@]}" -Dworkshop.home="$root" -Dworkshop.state="$state" -cp "$cli_classpath" \
      workshop.cli.WorkshopCli up --demo --port 0 --admin-port 0
  up_ms+=("$ready_ms")
  # The banner follows cloud.json by a few lines: give it a moment, then read the cloud's own figure.
  for _ in $(seq 1 50); do
    grep -q 'Local cloud ready in' "$work/up-$run.log" && break
    sleep 0.02
  done
  up_own+=("$(sed -n 's/.*Local cloud ready in \([0-9.]*\) s.*/\1/p' "$work/up-$run.log" | head -1)")
  stop_child
  if [ -e "$state/cloud.json" ]; then
    echo "bench: 'up' left $state/cloud.json behind after SIGTERM" >&2
    exit 1
  fi
done

up_median="$(median_ms "${up_ms[@]}")"
up_max="$(max_ms "${up_ms[@]}")"
base_median="$(median_ms "${base_ms[@]}")"

# Labels padded by printf are ASCII: printf pads bytes, not characters.
echo
echo "== ./workshop up --demo from a fresh JVM ($up_runs runs, taking turns with the baseline)"
echo "Command: java ${java_flags[*]} -Dworkshop.home=... -cp <the launcher's classpath> workshop.cli.WorkshopCli up --demo --port 0 --admin-port 0"
printf '  %-50s median %5s s   (runs: %s s)\n' "ready: from launch until cloud.json is written" \
    "$(seconds "$up_median")" "$(list_s "${up_ms[@]}")"
printf '  %-50s %s s\n' "  LocalCloud.start, as up's banner prints it" "${up_own[*]}"
printf '  %-50s median %5s s   (runs: %s s)\n' "baseline: a JVM that only starts DynamoDB Local" \
    "$(seconds "$base_median")" "$(list_s "${base_ms[@]}")"
printf '  %-50s %s x\n' "ratio up --demo / baseline, medians" \
    "$(awk -v a="$up_median" -v b="$base_median" 'BEGIN { printf "%.2f", a / b }')"
if [ "$up_max" -le 10000 ]; then verdict="met"; else verdict="NOT MET"; fi
printf '  %-50s %s\n' "goal: ready in 10 s or less (slowest: $(seconds "$up_max") s)" "$verdict"
