#!/usr/bin/env bash
# Benchmarks issue 14's reverse match: one changed unit against 10,000 open projects (standing
# searches) at city scale, through matching's StandingProjects (one set-based statement over the
# projects, the hard filters' own tests on what it keeps), against the per-project baseline (one
# statement per project) in the same run. The projects are added in a transaction that is rolled back.
#
#   bench/standing.sh            PROJECTS=10000 CHANGES=200 BASELINE=3 (changes also timed per project)
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:55432/cfk_city BENCH_DB_USER=cfk BENCH_DB_PASSWORD=…
#   (default: the local cluster of ./run.sh on CFK_PG_PORT, with its password)
#
# City scale first: ./run.sh --scale city (then Ctrl-C: the database is all it needs).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
port="${CFK_PG_PORT:-55432}"
url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:$port/cfk_city}"
password="${BENCH_DB_PASSWORD:-$(cat "$ROOT/.postgis/cfk-password")}"
echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $url"
cd "$ROOT"
./mvnw -B -q -pl backend -am test -Dspotless.check.skip=true \
  -Dtest=StandingMatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Dcfk.bench.projects=${PROJECTS:-10000} -Dcfk.bench.changes=${CHANGES:-200} -Dcfk.bench.baseline=${BASELINE:-3} -Dcfk.bench.url=$url -Dcfk.bench.username=${BENCH_DB_USER:-cfk} -Dcfk.bench.password=$password" \
  | grep '^BENCH' || { echo "the benchmark failed: see backend/target/surefire-reports" >&2; exit 1; }
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
