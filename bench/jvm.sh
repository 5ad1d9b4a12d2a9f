#!/usr/bin/env bash
# Runs a JVM benchmark of the test sources (a class whose name keeps it out of the suite) against a
# database, printing its BENCH lines and the machine's load before and after.
#
#   bench/jvm.sh CLASS DEFAULT_DATABASE "-Dcfk.bench.x=… …"
#   BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD (default: ./run.sh's local cluster on CFK_PG_PORT)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
class="$1" database="$2" args="$3"
port="${CFK_PG_PORT:-55432}"
url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:$port/$database}"
password="${BENCH_DB_PASSWORD:-$(cat "$ROOT/.postgis/cfk-password")}"
echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $url"
cd "$ROOT"
./mvnw -B -q -pl backend -am test -Dspotless.check.skip=true \
  -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="$args -Dcfk.bench.url=$url -Dcfk.bench.username=${BENCH_DB_USER:-cfk} -Dcfk.bench.password=$password" \
  | grep '^BENCH' || { echo "the benchmark failed: see backend/target/surefire-reports" >&2; exit 1; }
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
