#!/usr/bin/env bash
# Benchmarks the stock statistics (issue 15): the trend of 24 monthly points for the 35 parks, the
# figures by park as of a random day of the last 24 months, and, as the baseline in the same run, the
# current figures by park. Concurrency 1 (one reader after another: the target is a latency), wrk,
# localhost only.
#
#   ./run.sh --scale city            # in another terminal: the app on the city-scale sample
#   bench/stats.sh                   # default http://localhost:8080; or bench/stats.sh http://localhost:18465
#
# DURATION (default 30s) sets each run's length; a 10 s warm-up of each comes first.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${1:-http://localhost:${SERVER_PORT:-8080}}"
DURATION="${DURATION:-30s}"

case "$BASE" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "bench/stats.sh benchmarks a local app only (http://localhost:PORT), not $BASE" >&2; exit 1 ;;
esac
command -v wrk >/dev/null || { echo "Needs wrk (Debian: apt-get install wrk)." >&2; exit 1; }
curl -fs "$BASE/actuator/health" >/dev/null || { echo "No app at $BASE: start it with ./run.sh --scale city." >&2; exit 1; }

buildings="$(curl -fs "$BASE/api/stats/vacancy?groupBy=city" | grep -o '"buildings":[0-9]*' | head -1 | cut -d: -f2)"
echo "# $(date -u +%FT%TZ) · $BASE · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg) · $buildings buildings"
for mode in current trend asof; do
  STATS_MODE=$mode wrk -t1 -c1 -d10s -s stats.lua "$BASE" >/dev/null
  echo "## $mode, concurrency 1, $DURATION"
  STATS_MODE=$mode wrk -t1 -c1 -d"$DURATION" -s stats.lua "$BASE" | sed -n '/^requests/,$p'
done
echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
