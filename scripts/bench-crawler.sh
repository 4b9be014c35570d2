#!/usr/bin/env bash
# scripts/bench-crawler.sh — the crawler's and the router's figures, against baselines measured in the
# same run (shared, noisy machines: compare ratios, not absolute figures):
#
#   1. A crawl of the whole sample site (POST /crawl, maxDepth 20) on the local cloud until it is idle:
#      pages fetched per second and messages routed per second, against the same URLs fetched one after
#      the other with PageFetcher (no router, no stream, no DynamoDB): ratio crawl / direct.
#   2. Warm, in one JVM: N pageBody messages through MessageRouter.process with the crawler's
#      ExtractLinksHandler, against the handler called directly on the decoded bodies: µs per message
#      and the ratio, with the in-memory runtime (the framework's own cost) and with the DynamoDB runtime
#      on DynamoDB Local (the bookkeeping's: two transactions a message).
#
# workshop.crawler.CrawlerBenchmark (solutions test sources). Everything stays on 127.0.0.1.
# Settings (environment): BENCH_CRAWL_ROUNDS=5 BENCH_MESSAGES=2000 BENCH_ROUNDS=7 BENCH_DYNAMODB_ROUNDS=3
# BENCH_WARM_UPS=2; BENCH_OFFLINE=1 builds with `mvnw -o` (0 lets Maven download what is missing).
# Builds solutions and the kit modules it needs in this checkout (nothing is installed in ~/.m2).
# Prints figures; never fails on time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn_flags=(-q -B -f "$root/pom.xml")
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then
  mvn_flags+=(-o)
fi

echo "bench: building the kit and solutions (tests not run) ..." >&2
"$root/mvnw" "${mvn_flags[@]}" -pl solutions -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2

arguments=(--crawl-rounds "${BENCH_CRAWL_ROUNDS:-5}" --messages "${BENCH_MESSAGES:-2000}" --rounds "${BENCH_ROUNDS:-7}"
           --dynamodb-rounds "${BENCH_DYNAMODB_ROUNDS:-3}" --warm-ups "${BENCH_WARM_UPS:-2}")
cd "$root/solutions"
echo "Command: (cd solutions && java -cp target/test-classes:target/classes:<test classpath> workshop.crawler.CrawlerBenchmark ${arguments[*]})"
echo "Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)), $(uname -sm)," \
     "$(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" workshop.crawler.CrawlerBenchmark "${arguments[@]}"
