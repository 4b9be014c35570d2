#!/usr/bin/env bash
# scripts/bench-coldstart.sh — the cold start of every function of solutions/serverless.yml, from the jar
# it deploys, against a hello-world handler started the same way; then the same with AppCDS. Also prints
# the deployed jars' sizes. Figures only: it never fails on a time (see docs/PERFORMANCE.md).
#
# It builds the reactor up to kit/bench (solutions' shaded jars included; tests not run), then runs
# workshop.bench.ColdStartBenchmark. Each run is a fresh JVM with Lambda's java17 settings
# (-XX:TieredStopAtLevel=1, serial GC, a heap of the function's memory) on one CPU (taskset -c 0 and
# -XX:ActiveProcessorCount=1); AWS is a stub on 127.0.0.1. Runs from anywhere; needs Java 17 (and
# taskset, from util-linux, to pin the JVMs; without it they are only told they have one CPU).
# Settings (environment):
#   BENCH_RUNS=7       measured runs per function (after one warm-up), round-robin with the hello world
#   BENCH_OFFLINE=1    build with `mvnw -o`; 0 lets Maven download what is missing
# Exits 0 when every function started and answered as its fixture expects, whatever the figures.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${BENCH_RUNS:-7}"

mvn_flags=(-q -B -f "$root/pom.xml")
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then
  mvn_flags+=(-o)
fi

echo "bench: building solutions (movies.jar, slack.jar) and kit/bench (tests not run) ..." >&2
"$root/mvnw" "${mvn_flags[@]}" -pl kit/bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt >&2

bench="$root/kit/bench/target"
probe_jars=("$bench"/bench-*-probe.jar)
if [ ! -f "${probe_jars[0]}" ]; then
  echo "bench: the probe jar is missing from $bench (the build should have made it)" >&2
  exit 1
fi

echo "nproc: $(nproc)"
java -version 2>&1 | sed 's/^/java -version: /'
echo

java -XX:TieredStopAtLevel=1 -cp "$bench/classes:$(cat "$bench/bench-classpath.txt")" \
    workshop.bench.ColdStartBenchmark --root "$root" --probe-jar "${probe_jars[0]}" --runs "$runs"
