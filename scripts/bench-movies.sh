#!/usr/bin/env bash
# scripts/bench-movies.sh — the movies pipeline's throughput on the local cloud, against baselines
# measured in the same run (shared, noisy machines: compare ratios, not absolute figures):
#
#   1. N movies put on the stream (MovieStreamPublisher) until the processor has stored them all,
#      against raw BatchWriteItem calls (25 items each) of the same N items into the same embedded
#      DynamoDB; goal: ratio >= 0.8. Also the service calls: PutRecords = ceil(N/500),
#      BatchWriteItem ~ ceil(N/25).
#   2. Warm, in one JVM: a 500-record KinesisEvent through ProcessMoviesHandler against a handler that
#      returns at once (records/s and ratio).
#
# workshop.movies.MoviesPipelineBenchmark (solutions test sources). Everything stays on 127.0.0.1.
# Settings (environment): BENCH_MOVIES=5000 BENCH_ROUNDS=3 BENCH_EVENT_RUNS=20; BENCH_OFFLINE=1 builds
# with `mvnw -o` (0 lets Maven download what is missing). Prints figures; never fails on time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn_flags=(-q -B -f "$root/pom.xml")
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then
  mvn_flags+=(-o)
fi

echo "bench: building the kit and solutions (tests not run) ..." >&2
"$root/mvnw" "${mvn_flags[@]}" -pl solutions -am install -DskipTests >&2
"$root/mvnw" "${mvn_flags[@]}" -pl solutions test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2

cd "$root/solutions"
echo "Command: (cd solutions && java -cp target/test-classes:target/classes:<test classpath> workshop.movies.MoviesPipelineBenchmark" \
     "--movies ${BENCH_MOVIES:-5000} --rounds ${BENCH_ROUNDS:-3} --event-runs ${BENCH_EVENT_RUNS:-20})"
echo "Machine: $(nproc) CPUs, $(java -version 2>&1 | head -1)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" workshop.movies.MoviesPipelineBenchmark \
    --movies "${BENCH_MOVIES:-5000}" --rounds "${BENCH_ROUNDS:-3}" --event-runs "${BENCH_EVENT_RUNS:-20}"
